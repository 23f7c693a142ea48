using System.Net;
using System.Text;
using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;

namespace DiasporaMatch.Cli;

/// <summary>
/// <c>POST /api/allocation/plans</c> and <c>…/{id}/apply</c> on a running host: a kept plan applies once into
/// shortlisted assignments; applied twice 409, unknown 404, a need edited since planning 412 naming it, bad pairs 400.
/// </summary>
public sealed class AllocationRoutesTests(SeededHostFixture fixture) : IClassFixture<SeededHostFixture>
{
    private const string Need = """{"id":"N-AL1","organisationId":"ORG-CHU","title":"Train NICU nurses","country":"MA","region":"MA-01","sector":"health","requiredSkills":["neonatal care"],"window":{"from":"2027-03-01","to":"2027-06-30"},"onSite":false}""";

    [Fact]
    public async Task Apply_KeptPlan_OpensShortlistedAssignmentsOnceAndUnknownIs404()
    {
        await EnsureNeedAsync();
        var (_, plan) = await SendAsync("/api/allocation/plans", """{"needIds":["N-AL1"],"top":5}""");
        var id = plan.GetProperty("id").GetString()!;
        var rows = plan.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("expertId").GetString()).ToList();
        var expert = Assert.Single(rows); // one position; E-0001 (or E-G1, the same profile, once the gender test has added it)

        var (applied, body) = await SendAsync($"/api/allocation/plans/{id}/apply", "{}");
        var (again, repeated) = await SendAsync($"/api/allocation/plans/{id}/apply", "{}");
        var (unknown, _) = await SendAsync("/api/allocation/plans/AP-NOPE/apply", "{}");

        Assert.Equal(HttpStatusCode.OK, applied);
        var assignment = Assert.Single(body.GetProperty("assignments").EnumerateArray()).GetString();
        using var read = await fixture.Host.Client.SendAsync(fixture.Host.Request(HttpMethod.Get, $"/api/assignments/{assignment}", Callers.Staff));
        var stored = JsonDocument.Parse(await read.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(("N-AL1", expert, "shortlisted"), (stored.GetProperty("needId").GetString(), stored.GetProperty("expertId").GetString(), stored.GetProperty("state").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Contains($"plan {id} was applied", repeated.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown);
    }

    [Fact]
    public async Task Apply_NeedEditedSincePlanning_412NamingItAndNothingOpened()
    {
        await EnsureNeedAsync();
        var (_, plan) = await SendAsync("/api/allocation/plans", """{"needIds":["N-AL1"],"top":5}""");
        var id = plan.GetProperty("id").GetString()!;
        using var read = await fixture.Host.Client.SendAsync(fixture.Host.Request(HttpMethod.Get, "/api/needs/N-AL1", Callers.Staff));
        var edit = fixture.Host.Request(HttpMethod.Put, "/api/needs/N-AL1", Callers.Staff, Json(Need.Replace("Train NICU nurses", "Train NICU nurses and midwives", StringComparison.Ordinal)));
        edit.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.Tag);
        using var edited = await fixture.Host.Client.SendAsync(edit);
        edited.EnsureSuccessStatusCode();
        var before = await CountAssignmentsAsync();

        var (status, problem) = await SendAsync($"/api/allocation/plans/{id}/apply", "{}");

        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal(["needs/N-AL1 was edited"], problem.GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(before, await CountAssignmentsAsync());
    }

    [Fact]
    public async Task Plan_Staff_ReportsSkewAndCapCosts()
    {
        await EnsureNeedAsync();

        var (_, plan) = await SendAsync("/api/allocation/plans", """{"needIds":["N-AL1"],"top":5}""");

        var skew = Assert.Single(plan.GetProperty("skews").EnumerateArray(), s => s.GetProperty("attribute").GetString() == "countryOfResidence");
        Assert.Equal("NL", skew.GetProperty("maxValue").GetString());
        Assert.Equal([null, 2, 1], plan.GetProperty("capCosts").EnumerateArray().Select(c => c.GetProperty("cap").ValueKind == JsonValueKind.Null ? (int?)null : c.GetProperty("cap").GetInt32()));
    }

    /// <summary>A declared gender is kept on the profile (staff and the expert read it) and never reaches an institution.</summary>
    [Fact]
    public async Task Gender_DeclaredOnAProfile_ValidatedAndNeverShownToTheInstitution()
    {
        await EnsureNeedAsync();
        var profile = LocalHostTests.Profile.Replace("{\"fullName\"", "{\"id\":\"E-G1\",\"gender\":\"female\",\"fullName\"", StringComparison.Ordinal);
        using var created = await fixture.Host.Client.SendAsync(fixture.Host.Request(HttpMethod.Post, "/api/profiles", Callers.Staff, Json(profile)));
        Assert.True(created.IsSuccessStatusCode || created.StatusCode == HttpStatusCode.Conflict, created.StatusCode.ToString());
        var (refused, problem) = await SendAsync("/api/profiles", profile.Replace("E-G1", "E-G2", StringComparison.Ordinal).Replace("\"female\"", "\"woman\"", StringComparison.Ordinal));

        using var staff = await fixture.Host.Client.SendAsync(fixture.Host.Request(HttpMethod.Get, "/api/profiles/E-G1", Callers.Staff));
        using var institution = await fixture.Host.Client.SendAsync(fixture.Host.Request(HttpMethod.Get, "/api/needs/N-AL1/matches?top=50", Callers.Institution));
        var seen = await institution.Content.ReadAsStringAsync();

        Assert.Equal("female", JsonDocument.Parse(await staff.Content.ReadAsStringAsync()).RootElement.GetProperty("gender").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains("gender", problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(HttpStatusCode.OK, institution.StatusCode);
        Assert.True(JsonDocument.Parse(seen).RootElement.GetProperty("results").GetArrayLength() >= 2, seen);
        Assert.DoesNotContain("gender", seen, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("female", seen, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/allocation/plans", """{"needIds":["N-AL1"],"pin":[{"needId":"N-AL1"}]}""", "pin[0].expertId")]
    [InlineData("/api/allocation/plans", """{"needIds":["N-AL1"],"pin":[{"needId":"N-AL1","expertId":"E-NOPE"}]}""", "pin")]
    [InlineData("/api/allocation/plans", """{"needIds":["N-AL1"],"exclude":"E-0001"}""", "exclude")]
    [InlineData("/api/allocation/plans/AP-X/apply", """{"exclude":[{"needId":"N-AL1","expertId":"E-0001","why":"no"}]}""", "exclude[0]")]
    [InlineData("/api/allocation/plans/AP-X/apply", """{"rows":[]}""", "rows")]
    public async Task PlanAndApply_BadPairs_400NamingTheField(string path, string body, string field)
    {
        await EnsureNeedAsync();

        var (status, problem) = await SendAsync(path, body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    private async Task EnsureNeedAsync()
    {
        using var existing = await fixture.Host.Client.SendAsync(fixture.Host.Request(HttpMethod.Get, "/api/needs/N-AL1", Callers.Staff));
        if (existing.StatusCode == HttpStatusCode.NotFound)
        {
            using var created = await fixture.Host.Client.SendAsync(fixture.Host.Request(HttpMethod.Post, "/api/needs", Callers.Staff, Json(Need)));
            created.EnsureSuccessStatusCode();
        }
    }

    private async Task<int> CountAssignmentsAsync()
    {
        using var response = await fixture.Host.Client.SendAsync(fixture.Host.Request(HttpMethod.Get, "/api/assignments?needId=N-AL1", Callers.Staff));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("assignments").GetArrayLength();
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(string path, string json)
    {
        using var response = await fixture.Host.Client.SendAsync(fixture.Host.Request(HttpMethod.Post, path, Callers.Staff, Json(json)));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
