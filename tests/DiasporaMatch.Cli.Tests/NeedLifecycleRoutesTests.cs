using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Cli.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace DiasporaMatch.Cli;

/// <summary>
/// A need's lifecycle over HTTP with a clock the test sets: open → filled | closed | withdrawn (If-Match, audited,
/// refused from a final state), and "expired" shown once the window ended, filterable with ?status=.
/// </summary>
public sealed class NeedLifecycleRoutesTests : IAsyncLifetime
{
    private readonly SettableTime _clock = new(new DateTimeOffset(2027, 5, 1, 9, 0, 0, TimeSpan.Zero));
    private RunningHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartAsync(configure: builder => builder.Services.AddSingleton<TimeProvider>(_clock));
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/organisations", Callers.Staff, LocalHostTests.Organisation)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/needs", Callers.Institution, LocalHostTests.Need)).StatusCode);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Caller caller, string? json = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = json is null ? null : LocalHostTests.JsonContent(json) };
        // Tokens are checked against the real clock; the service's TimeProvider only decides what "today" is.
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _host.Token(caller));
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await _host.Client.SendAsync(request);
    }

    private async Task<string[]> ListAsync(string status)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/api/needs?status={status}", Callers.Staff);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ids").EnumerateArray().Select(i => i.GetString()!)];
    }

    private async Task<(string Status, string ETag)> ReadAsync()
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/needs/N-0001", Callers.Staff);
        var need = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (need.TryGetProperty("status", out var status) ? status.GetString()! : "open", response.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task ListNeeds_WindowEnded_ShownExpiredByTheClockNotOpen()
    {
        Assert.Equal(["N-0001"], await ListAsync("open"));
        Assert.Empty(await ListAsync("expired"));

        _clock.Now = new DateTimeOffset(2027, 7, 1, 0, 0, 1, TimeSpan.Zero); // the day after the window's last day

        Assert.Empty(await ListAsync("open"));
        Assert.Equal(["N-0001"], await ListAsync("expired"));
        Assert.Equal("open", (await ReadAsync()).Status); // computed, never stored
        using var bad = await SendAsync(HttpMethod.Get, "/api/needs?status=ended", Callers.Staff);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task MoveNeed_OwnOrganisationWithIfMatch_FilledAuditedAndFinal()
    {
        var (_, etag) = await ReadAsync();
        using var noIfMatch = await SendAsync(HttpMethod.Post, "/api/needs/N-0001/status", Callers.Institution, """{"status":"filled"}""");
        using var stale = await SendAsync(HttpMethod.Post, "/api/needs/N-0001/status", Callers.Institution, """{"status":"filled"}""", "\"0\"");
        using var badState = await SendAsync(HttpMethod.Post, "/api/needs/N-0001/status", Callers.Institution, """{"status":"reopened"}""", etag);
        using var otherOrganisation = await SendAsync(HttpMethod.Post, "/api/needs/N-0001/status", Callers.OtherInstitution, """{"status":"withdrawn"}""", etag);
        Assert.Equal(
            [HttpStatusCode.PreconditionRequired, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadRequest, HttpStatusCode.Forbidden],
            new[] { noIfMatch.StatusCode, stale.StatusCode, badState.StatusCode, otherOrganisation.StatusCode });
        Assert.Equal("open", (await ReadAsync()).Status); // nothing changed by any refusal

        using var filled = await SendAsync(HttpMethod.Post, "/api/needs/N-0001/status", Callers.Institution, """{"status":"filled"}""", etag);

        Assert.Equal(HttpStatusCode.OK, filled.StatusCode);
        var (status, after) = await ReadAsync();
        Assert.Equal("filled", status);
        Assert.Equal(["N-0001"], await ListAsync("filled"));
        Assert.Empty(await ListAsync("open"));
        using var again = await SendAsync(HttpMethod.Post, "/api/needs/N-0001/status", Callers.Staff, """{"status":"closed"}""", after);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already filled", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var audit = await SendAsync(HttpMethod.Get, "/api/audit?subject=N-0001", Callers.Staff);
        Assert.Contains("needs.status", await audit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
