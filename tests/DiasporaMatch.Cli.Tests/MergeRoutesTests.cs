using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;

namespace DiasporaMatch.Cli;

/// <summary>#18 item 5: staff merge a duplicate profile into another, or mark the two distinct, over real HTTP.</summary>
public sealed class MergeRoutesTests : IAsyncLifetime
{
    private const string Copy = """{"id":"E-0101","fullName":"N. El Amrani","email":"Nadia@Example.org","countryOfResidence":"NL","skills":["neonatale zorg"],"consent":{"given":true,"version":"2026-01","at":"2026-11-01T10:00:00Z"}}""";

    private RunningHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartAsync();
        // E-0001: Nadia El Amrani, nadia@example.org; E-0101 is her second profile (same email).
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/organisations", Callers.Staff, LocalHostTests.Organisation)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/profiles", Callers.Expert, LocalHostTests.Profile)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/profiles", Callers.Staff, Copy)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/needs", Callers.Institution, LocalHostTests.Need)).StatusCode);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task MergeProfiles_Duplicate_HistoryFollowsTheSurvivorAndTheCopyIsGone()
    {
        var assignment = await OpenAsync("E-0101", "2027-03-01", "2027-03-10", propose: true);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/decisions", Callers.Staff, """{"needId":"N-0001","expertId":"E-0101","decision":"shortlisted","at":"2026-11-30T09:00:00Z","by":"STAFF-1"}""")).StatusCode);
        var before = State();

        using var merged = await SendAsync(HttpMethod.Post, "/api/profiles/E-0001/merge", Callers.Staff, """{"from":"E-0101"}""", await ETagAsync("E-0001"));

        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        Assert.True(State() > before);
        var result = await merged.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("E-0001", 1), (result.GetProperty("id").GetString(), result.GetProperty("assignments").GetInt32()));
        Assert.Equal(3, result.GetProperty("decisions").GetInt32()); // the posted one, and the assignment's shortlisted and proposed
        Assert.Equal(result.GetProperty("version").GetString(), merged.Headers.ETag!.Tag.Trim('"'));
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, "/api/profiles/E-0101", Callers.Staff)).StatusCode);
        var listed = await (await SendAsync(HttpMethod.Get, "/api/assignments?expertId=E-0001", Callers.Staff)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(listed.GetProperty("assignments").EnumerateArray().Select(r => r.GetProperty("assignment")), a => a.GetProperty("id").GetString() == assignment && a.GetProperty("state").GetString() == "proposed");
        var matches = await (await SendAsync(HttpMethod.Get, "/api/needs/N-0001/matches?top=50", Callers.Staff)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain(matches.GetProperty("results").EnumerateArray(), r => r.GetProperty("expertId").GetString() == "E-0101");
        var duplicates = await (await SendAsync(HttpMethod.Get, "/api/profiles/E-0001/duplicates", Callers.Staff)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(duplicates.GetProperty("probableDuplicates").EnumerateArray());
        var audit = await (await SendAsync(HttpMethod.Get, "/api/audit?subject=E-0001", Callers.Staff)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(audit.GetProperty("events").EnumerateArray(), e => e.GetProperty("action").GetString() == "profiles.merged" && e.GetProperty("by").GetString() == "STAFF-1");
    }

    public static TheoryData<string, string, string?, bool, HttpStatusCode> BadMerges => new()
    {
        { "E-0001", """{"from":"E-0001"}""", "*", true, HttpStatusCode.BadRequest },
        { "E-0001", """{"from":"E-9999"}""", "*", true, HttpStatusCode.NotFound },
        { "E-9999", """{"from":"E-0101"}""", "*", true, HttpStatusCode.NotFound },
        { "E-0001", """{"from":"E-0101"}""", null, true, HttpStatusCode.PreconditionRequired },
        { "E-0001", """{"from":"E-0101"}""", "\"stale\"", true, HttpStatusCode.PreconditionFailed },
        { "E-0001", """{"from":"E-0101"}""", "*", false, HttpStatusCode.Forbidden },
        { "E-0001", """{"from":"E-0101","force":true}""", "*", true, HttpStatusCode.BadRequest },
        { "E-0001", """{"from":7}""", "*", true, HttpStatusCode.BadRequest },
        { "E-0001", """{"from":"../E-0101"}""", "*", true, HttpStatusCode.BadRequest },
        { "E-0001", "{}", "*", true, HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(BadMerges))]
    public async Task MergeProfiles_BadInput_PreciseStatusOneLineAndChangesNothing(string survivor, string body, string? ifMatch, bool staff, HttpStatusCode expected)
    {
        var before = State();

        using var response = await SendAsync(HttpMethod.Post, $"/api/profiles/{survivor}/merge", staff ? Callers.Staff : Callers.Expert, body, ifMatch);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain('\n', (problem.TryGetProperty("detail", out var detail) ? detail.GetString() : problem.GetProperty("title").GetString()) ?? "");
        Assert.Equal(before, State());
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/api/profiles/E-0101", Callers.Staff)).StatusCode);
    }

    [Fact]
    public async Task MergeProfiles_OverlappingActiveAssignments_409OneLineAndChangesNothing()
    {
        var kept = await OpenAsync("E-0001", "2027-03-01", "2027-03-15", propose: true);
        var copy = await OpenAsync("E-0101", "2027-03-10", "2027-03-20", propose: true);
        var before = State();

        using var response = await SendAsync(HttpMethod.Post, "/api/profiles/E-0001/merge", Callers.Staff, """{"from":"E-0101"}""", await ETagAsync("E-0001"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Contains(kept, detail, StringComparison.Ordinal);
        Assert.Contains(copy, detail, StringComparison.Ordinal);
        Assert.Equal(before, State());
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/api/profiles/E-0101", Callers.Staff)).StatusCode);
    }

    [Fact]
    public async Task MarkProfilesDistinct_Pair_NoLongerFlaggedFromEitherSideIdempotentAuditedOnce()
    {
        Assert.NotEmpty(await FlaggedAsync("E-0001"));

        using var marked = await SendAsync(HttpMethod.Post, "/api/profiles/E-0001/distinct", Callers.Staff, """{"other":"E-0101"}""");
        var before = State();
        using var again = await SendAsync(HttpMethod.Post, "/api/profiles/E-0101/distinct", Callers.Staff, """{"other":"E-0001"}""");

        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        Assert.True((await marked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.False((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetBoolean());
        Assert.Equal(before, State()); // said again: nothing written
        Assert.Empty(await FlaggedAsync("E-0001"));
        Assert.Empty(await FlaggedAsync("E-0101"));
        var audit = await (await SendAsync(HttpMethod.Get, "/api/audit?subject=E-0001", Callers.Staff)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Single(audit.GetProperty("events").EnumerateArray(), e => e.GetProperty("action").GetString() == "profiles.distinct");

        foreach (var (caller, path, body, expected) in new[]
        {
            (Callers.Staff, "/api/profiles/E-0001/distinct", """{"other":"E-0001"}""", HttpStatusCode.BadRequest),
            (Callers.Staff, "/api/profiles/E-0001/distinct", """{"other":"E-9999"}""", HttpStatusCode.NotFound),
            (Callers.Staff, "/api/profiles/E-0001/distinct", """{"expertId":"E-0101"}""", HttpStatusCode.BadRequest),
            (Callers.Expert, "/api/profiles/E-0001/distinct", """{"other":"E-0101"}""", HttpStatusCode.Forbidden),
        })
        {
            using var refused = await SendAsync(HttpMethod.Post, path, caller, body);
            Assert.Equal(expected, refused.StatusCode);
            Assert.Equal(before, State());
        }
    }

    private async Task<JsonElement[]> FlaggedAsync(string id)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/api/profiles/{id}/duplicates", Callers.Staff);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("probableDuplicates").EnumerateArray()];
    }

    private async Task<string> OpenAsync(string expertId, string from, string to, bool propose)
    {
        using var created = await SendAsync(HttpMethod.Post, "/api/assignments", Callers.Staff, $$"""{"needId":"N-0001","expertId":"{{expertId}}","from":"{{from}}","to":"{{to}}"}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        if (propose)
        {
            using var moved = await SendAsync(HttpMethod.Post, $"/api/assignments/{id}/transitions", Callers.Staff, """{"to":"proposed"}""");
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        }

        return id;
    }

    private async Task<string> ETagAsync(string id)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/api/profiles/{id}", Callers.Staff);
        return response.Headers.ETag!.Tag;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Access.Caller caller, string? json = null, string? ifMatch = null)
    {
        var request = _host.Request(method, path, caller, json is null ? null : LocalHostTests.JsonContent(json));
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await _host.Client.SendAsync(request);
    }

    /// <summary>The store's change log length: any write, even a failed half, would grow it.</summary>
    private long State() => new FileInfo(Path.Combine(_host.DataFolder, "store", "changes.log")).Length;
}
