using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Cli.TestSupport;
using DiasporaMatch.Notifications;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Cli;

/// <summary>The in-app notification list and the private calendar feed over HTTP.</summary>
public sealed class NotificationRoutesTests : IAsyncLifetime
{
    private const string Need = """{"id":"N-R1","organisationId":"ORG-CHU","title":"Train NICU nurses","country":"MA","region":"MA-01","city":"Tanger","sector":"health","requiredSkills":["neonatal care"],"window":{"from":"2027-03-01","to":"2027-06-30"}}""";

    private RunningHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartAsync();
        await SendAsync(HttpMethod.Post, "/api/organisations", Callers.Staff, LocalHostTests.Organisation);
        await SendAsync(HttpMethod.Post, "/api/profiles", Callers.Staff, LocalHostTests.Profile.Replace("{\"fullName\"", "{\"id\":\"E-0001\",\"fullName\"", StringComparison.Ordinal));
        await SendAsync(HttpMethod.Post, "/api/needs", Callers.Staff, Need);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ListNotifications_AfterProposal_ExpertSeesItUnreadThenMarksItRead()
    {
        await OpenAsync("proposed");

        var before = await SendAsync(HttpMethod.Get, "/api/notifications", Callers.Expert);
        var notification = before.GetProperty("notifications").EnumerateArray().Single();
        var id = notification.GetProperty("id").GetString()!;
        using var stranger = await _host.Client.SendAsync(_host.Request(HttpMethod.Post, $"/api/notifications/{id}/read", Callers.OtherExpert));
        await SendAsync(HttpMethod.Post, $"/api/notifications/{id}/read", Callers.Expert);
        var after = await SendAsync(HttpMethod.Get, "/api/notifications", Callers.Expert);
        var institution = await SendAsync(HttpMethod.Get, "/api/notifications", Callers.Institution);

        Assert.Equal(1, before.GetProperty("unread").GetInt32());
        Assert.Equal("proposed", notification.GetProperty("event").GetString());
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(0, after.GetProperty("unread").GetInt32());
        Assert.Empty(institution.GetProperty("notifications").EnumerateArray());
    }

    [Fact]
    public async Task SetNotificationPreferences_ThenGet_ReturnsTheCallersChoicesOnly()
    {
        var saved = await SendAsync(HttpMethod.Put, "/api/notifications/preferences", Callers.Expert, """{"emailOff":["reminders","opportunities"],"digest":true}""");
        var read = await SendAsync(HttpMethod.Get, "/api/notifications/preferences", Callers.Expert);
        var other = await SendAsync(HttpMethod.Get, "/api/notifications/preferences", Callers.OtherExpert);

        Assert.Equal(saved.GetRawText(), read.GetRawText());
        Assert.Equal(["opportunities", "reminders"], read.GetProperty("emailOff").EnumerateArray().Select(e => e.GetString()));
        Assert.True(read.GetProperty("digest").GetBoolean());
        Assert.Contains("assignments", read.GetProperty("categories").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(other.GetProperty("emailOff").EnumerateArray());
        Assert.False(other.GetProperty("digest").GetBoolean());
    }

    [Theory]
    [InlineData("""{"emailOff":["spam"],"digest":false}""", "emailOff[0]")]
    [InlineData("""{"emailOff":"reminders","digest":false}""", "emailOff")]
    [InlineData("""{"emailOff":[],"digest":"yes"}""", "digest")]
    [InlineData("""{"emailOff":[],"digest":false,"extra":1}""", "extra")]
    public async Task SetNotificationPreferences_BadBody_Is400NamingTheFieldAndChangesNothing(string body, string field)
    {
        await SendAsync(HttpMethod.Put, "/api/notifications/preferences", Callers.Expert, """{"emailOff":["reminders"],"digest":false}""");

        using var response = await _host.Client.SendAsync(_host.Request(HttpMethod.Put, "/api/notifications/preferences", Callers.Expert, new StringContent(body, Encoding.UTF8, "application/json")));
        var problem = await response.Content.ReadAsStringAsync();
        var after = await SendAsync(HttpMethod.Get, "/api/notifications/preferences", Callers.Expert);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", problem, StringComparison.Ordinal);
        Assert.Equal(["reminders"], after.GetProperty("emailOff").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Unsubscribe_SignedLinkWithoutSignIn_TurnsThatCategoryOff()
    {
        var token = Tokens(TimeProvider.System).Create("expert", Callers.Expert.Subject, "opportunities");

        using var response = await _host.Client.GetAsync(new Uri($"/api/notifications/unsubscribe?token={Uri.EscapeDataString(token)}", UriKind.Relative));
        using var oneClick = await _host.Client.PostAsync(new Uri($"/api/notifications/unsubscribe?token={Uri.EscapeDataString(token)}", UriKind.Relative), new StringContent("List-Unsubscribe=One-Click", Encoding.UTF8, "application/x-www-form-urlencoded"));
        var after = await SendAsync(HttpMethod.Get, "/api/notifications/preferences", Callers.Expert);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (response.StatusCode, oneClick.StatusCode));
        Assert.Equal(["opportunities"], after.GetProperty("emailOff").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Unsubscribe_TamperedExpiredOrMissingToken_Is400AndChangesNothing()
    {
        var good = Tokens(TimeProvider.System).Create("expert", Callers.Expert.Subject, "opportunities");
        var expired = Tokens(new ManualTimeProvider(DateTimeOffset.UtcNow - UnsubscribeTokens.Lifetime - TimeSpan.FromDays(1))).Create("expert", Callers.Expert.Subject, "opportunities");
        var tampered = good[..^2] + (good[^2] == 'A' ? "BB" : "AA");
        string[] queries = [$"?token={Uri.EscapeDataString(tampered)}", $"?token={Uri.EscapeDataString(expired)}", "?token=", ""];

        foreach (var query in queries)
        {
            using var response = await _host.Client.GetAsync(new Uri($"/api/notifications/unsubscribe{query}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        var after = await SendAsync(HttpMethod.Get, "/api/notifications/preferences", Callers.Expert);
        Assert.Empty(after.GetProperty("emailOff").EnumerateArray());
    }

    [Fact]
    public async Task MarkNotificationRead_BadId_Is400()
    {
        using var response = await _host.Client.SendAsync(_host.Request(HttpMethod.Post, "/api/notifications/..%2Fx/read", Callers.Expert));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task CalendarFeed_IssuedReissuedRevoked_OnlyTheLiveUrlOpens()
    {
        await OpenAsync("approved");

        var first = (await SendAsync(HttpMethod.Post, "/api/calendar/feed", Callers.Expert)).GetProperty("url").GetString()!;
        using var feed = await _host.Client.GetAsync(new Uri(first, UriKind.Relative));
        var ics = await feed.Content.ReadAsStringAsync();
        var second = (await SendAsync(HttpMethod.Post, "/api/calendar/feed", Callers.Expert)).GetProperty("url").GetString()!;
        using var replaced = await _host.Client.GetAsync(new Uri(first, UriKind.Relative));
        using var revoke = await _host.Client.SendAsync(_host.Request(HttpMethod.Delete, "/api/calendar/feed", Callers.Expert));
        using var revoked = await _host.Client.GetAsync(new Uri(second, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType!.MediaType);
        var calendar = Ical.Net.Calendar.Load(ics)!;
        var evt = Assert.Single(calendar.Events);
        Assert.Equal("Train NICU nurses", evt.Summary);
        Assert.Equal("PUBLISH", PythonIcalendar.Parse(ics)[0]);
        Assert.StartsWith($"{evt.Uid}|2027-03-01|2027-04-01|CONFIRMED", PythonIcalendar.Parse(ics)[1], StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NoContent, HttpStatusCode.NotFound), (replaced.StatusCode, revoke.StatusCode, revoked.StatusCode));
    }

    [Fact]
    public async Task CalendarFeed_OtherOrganisation_SeesNoEventOfOurs()
    {
        await OpenAsync("approved");

        var url = (await SendAsync(HttpMethod.Post, "/api/calendar/feed", Callers.OtherInstitution)).GetProperty("url").GetString()!;
        var ics = await _host.Client.GetStringAsync(new Uri(url, UriKind.Relative));

        Assert.Empty(Ical.Net.Calendar.Load(ics)!.Events);
    }

    /// <summary>Opens an assignment of E-0001 for N-R1 and walks it, each step by its party, up to <paramref name="until"/>.</summary>
    private async Task OpenAsync(string until)
    {
        var created = await SendAsync(HttpMethod.Post, "/api/assignments", Callers.Staff, """{"needId":"N-R1","expertId":"E-0001","from":"2027-03-01","to":"2027-03-31"}""");
        var id = created.GetProperty("id").GetString()!;
        (string To, Caller By)[] path = [("proposed", Callers.Staff), ("accepted", Callers.Expert), ("confirmed", Callers.Institution), ("approved", Callers.Staff)];
        foreach (var (to, by) in path)
        {
            await SendAsync(HttpMethod.Post, $"/api/assignments/{id}/transitions", by, $$"""{"to":"{{to}}"}""");
            if (to == until)
            {
                return;
            }
        }
    }

    /// <summary>The links the host signs: with the bearer-token key (the dev key of its data folder), as no other key is set.</summary>
    private UnsubscribeTokens Tokens(TimeProvider time) => new(Encoding.UTF8.GetBytes("unsubscribe:" + DevSigningKey.LoadOrCreate(_host.DataFolder)), time);

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, Caller caller, string? json = null)
    {
        using var response = await _host.Client.SendAsync(_host.Request(method, path, caller, json is null ? null : new StringContent(json, Encoding.UTF8, "application/json")));
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
