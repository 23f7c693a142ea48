using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;

namespace DiasporaMatch.Cli;

/// <summary>"I'm interested" over HTTP: the expert's own decision on an open need, listed to staff by name and to the need's organisation by pseudonym.</summary>
public sealed class NeedInterestRoutesTests : IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartAsync();
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/organisations", Callers.Staff, LocalHostTests.Organisation)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/profiles", Callers.Expert, LocalHostTests.Profile)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/needs", Callers.Institution, LocalHostTests.Need)).StatusCode);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Access.Caller caller, string? json = null) =>
        _host.Client.SendAsync(_host.Request(method, path, caller, json is null ? null : LocalHostTests.JsonContent(json)));

    private async Task<JsonElement> InterestsAsync(Access.Caller caller)
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/needs/N-0001/interests", caller);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("interests");
    }

    [Fact]
    public async Task ExpressInterest_Expert_StaffSeeThemTheOrganisationAPseudonym()
    {
        using var said = await SendAsync(HttpMethod.Post, "/api/needs/N-0001/interest", Callers.Expert);

        Assert.Equal(HttpStatusCode.Created, said.StatusCode);
        var staff = await InterestsAsync(Callers.Staff);
        var institution = await InterestsAsync(Callers.Institution);
        Assert.Equal("E-0001", Assert.Single(staff.EnumerateArray()).GetProperty("expertId").GetString());
        Assert.StartsWith("candidate-", Assert.Single(institution.EnumerateArray()).GetProperty("expertId").GetString(), StringComparison.Ordinal);

        // Said twice, listed once (the latest).
        using var again = await SendAsync(HttpMethod.Post, "/api/needs/N-0001/interest", Callers.Expert);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Single((await InterestsAsync(Callers.Staff)).EnumerateArray());
    }

    [Fact]
    public async Task ExpressInterest_NotOpenUnknownOrNotAnExpert_RefusedAndNothingRecorded()
    {
        using var byInstitution = await SendAsync(HttpMethod.Post, "/api/needs/N-0001/interest", Callers.Institution);
        using var byStaff = await SendAsync(HttpMethod.Post, "/api/needs/N-0001/interest", Callers.Staff);
        using var unknown = await SendAsync(HttpMethod.Post, "/api/needs/N-9999/interest", Callers.Expert);
        using var noProfile = await SendAsync(HttpMethod.Post, "/api/needs/N-0001/interest", Callers.OtherExpert);
        var closed = LocalHostTests.Need.Replace("\"N-0001\"", "\"N-0002\"", StringComparison.Ordinal).Replace("\"onSite\":true", "\"onSite\":true,\"status\":\"closed\"", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/needs", Callers.Institution, closed)).StatusCode);
        using var notOpen = await SendAsync(HttpMethod.Post, "/api/needs/N-0002/interest", Callers.Expert);

        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.Conflict, HttpStatusCode.Conflict],
            new[] { byInstitution.StatusCode, byStaff.StatusCode, unknown.StatusCode, noProfile.StatusCode, notOpen.StatusCode });
        Assert.Contains("closed", await notOpen.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await InterestsAsync(Callers.Staff)).EnumerateArray());
    }
}
