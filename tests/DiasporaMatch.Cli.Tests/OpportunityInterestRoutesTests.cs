using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DiasporaMatch.Api;
using DiasporaMatch.Cli.TestSupport;
using DiasporaMatch.Ranking;
using DiasporaMatch.Ranking.Learning;
using Microsoft.Extensions.DependencyInjection;

namespace DiasporaMatch.Cli;

/// <summary>
/// "I'm interested" in an opportunity over HTTP: the investor's own word, logged for the investor model, listed to
/// staff by name and to the opportunity's organisation by pseudonym until staff introduce the investor.
/// </summary>
public sealed class OpportunityInterestRoutesTests : IAsyncLifetime
{
    private const string Opportunity = """{"id":"O-0001","organisationId":"ORG-CHU","title":"Unité d'huile d'olive","country":"MA","region":"MA-01","sector":"agri-food","amountSoughtEur":150000,"stage":"create"}""";

    private static readonly string Investor = LocalHostTests.Profile.Replace(
        "\"remoteOk\":true,", "\"remoteOk\":true,\"investment\":{\"sectors\":[\"agri-food\"],\"regions\":[\"MA-01\"],\"ticketMinEur\":20000,\"ticketMaxEur\":200000},", StringComparison.Ordinal);

    private RunningHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartAsync();
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/organisations", Callers.Staff, LocalHostTests.Organisation)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/profiles", Callers.Expert, Investor)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/opportunities", Callers.Institution, Opportunity)).StatusCode);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Access.Caller caller, string? json = null) =>
        _host.Client.SendAsync(_host.Request(method, path, caller, json is null ? null : LocalHostTests.JsonContent(json)));

    private async Task<JsonElement> InvestorsAsync(Access.Caller caller)
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/opportunities/O-0001/interests", caller);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("investors");
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task ExpressInterest_Investor_StaffSeeThemTheOrganisationAPseudonymUntilIntroduced()
    {
        using var said = await SendAsync(HttpMethod.Post, "/api/opportunities/O-0001/interest", Callers.Expert);
        Assert.Equal(HttpStatusCode.OK, said.StatusCode);

        var staff = Assert.Single((await InvestorsAsync(Callers.Staff)).EnumerateArray());
        var before = Assert.Single((await InvestorsAsync(Callers.Institution)).EnumerateArray());
        Assert.Equal(("E-0001", "Nadia El Amrani", false), (staff.GetProperty("expertId").GetString(), staff.GetProperty("name").GetString(), staff.GetProperty("introduced").GetBoolean()));
        Assert.StartsWith("candidate-", before.GetProperty("expertId").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, before.GetProperty("name").ValueKind);
        Assert.Equal(JsonValueKind.Null, before.GetProperty("email").ValueKind);
        Assert.DoesNotContain("Nadia", before.GetRawText(), StringComparison.Ordinal);
        using (var other = await SendAsync(HttpMethod.Get, "/api/opportunities/O-0001/interests", Callers.OtherInstitution))
        {
            Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        }

        using var introduced = await SendAsync(HttpMethod.Post, "/api/opportunities/O-0001/introductions", Callers.Staff, """{"expertId":"E-0001"}""");
        Assert.Equal(HttpStatusCode.OK, introduced.StatusCode);

        var after = Assert.Single((await InvestorsAsync(Callers.Institution)).EnumerateArray());
        Assert.Equal(("E-0001", "Nadia El Amrani", "nadia@example.org", true), (after.GetProperty("expertId").GetString(), after.GetProperty("name").GetString(), after.GetProperty("email").GetString(), after.GetProperty("introduced").GetBoolean()));
    }

    [Fact]
    public async Task ExpressInterest_SaidTwice_ListedOnceAndLoggedOnceForTheInvestorModel()
    {
        using var first = await SendAsync(HttpMethod.Post, "/api/opportunities/O-0001/interest", Callers.Expert);
        using var again = await SendAsync(HttpMethod.Post, "/api/opportunities/O-0001/interest", Callers.Expert);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        var at = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("at").GetDateTimeOffset();
        Assert.Equal(at, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("at").GetDateTimeOffset());
        Assert.Single((await InvestorsAsync(Callers.Staff)).EnumerateArray());
        var logged = _host.Services.GetRequiredService<ApiServices>().Matches.FeatureLog!.ReadAll()
            .Where(e => e.Event == FeatureLogEntry.InvestDecided && e.OpportunityId == "O-0001")
            .ToList();
        var entry = Assert.Single(logged);
        Assert.Equal(("E-0001", DecisionGrades.Interested), (entry.ExpertId, entry.Decision));
        Assert.NotEmpty(entry.Features);
    }

    [Fact]
    public async Task ExpressInterest_WrongCallerUnknownClosedOrNoProfile_RefusedAndNothingRecorded()
    {
        var closed = Opportunity.Replace("O-0001", "O-0002", StringComparison.Ordinal).Replace("\"stage\":\"create\"", "\"stage\":\"create\",\"status\":\"closed\"", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/opportunities", Callers.Institution, closed)).StatusCode);

        using var byInstitution = await SendAsync(HttpMethod.Post, "/api/opportunities/O-0001/interest", Callers.Institution);
        using var byStaff = await SendAsync(HttpMethod.Post, "/api/opportunities/O-0001/interest", Callers.Staff);
        using var unknown = await SendAsync(HttpMethod.Post, "/api/opportunities/O-9999/interest", Callers.Expert);
        using var badId = await SendAsync(HttpMethod.Post, "/api/opportunities/a%20b/interest", Callers.Expert);
        using var notOpen = await SendAsync(HttpMethod.Post, "/api/opportunities/O-0002/interest", Callers.Expert);
        using var noProfile = await SendAsync(HttpMethod.Post, "/api/opportunities/O-0001/interest", Callers.OtherExpert);

        Assert.Equal(HttpStatusCode.Forbidden, byInstitution.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byStaff.StatusCode);
        Assert.Contains("O-9999", (await ProblemAsync(unknown, HttpStatusCode.NotFound)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True((await ProblemAsync(badId, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("id", out _));
        Assert.Contains("closed", (await ProblemAsync(notOpen, HttpStatusCode.Conflict)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("No profile yet", (await ProblemAsync(noProfile, HttpStatusCode.Conflict)).GetProperty("title").GetString());
        Assert.Empty((await InvestorsAsync(Callers.Staff)).EnumerateArray());
    }

    [Theory]
    [InlineData("{}", HttpStatusCode.BadRequest, "expertId")]
    [InlineData("""{"expertId":7}""", HttpStatusCode.BadRequest, "expertId")]
    [InlineData("""{"expertId":"a b"}""", HttpStatusCode.BadRequest, "expertId")]
    [InlineData("""{"expertId":"E-0001","note":"x"}""", HttpStatusCode.BadRequest, "note")]
    [InlineData("[]", HttpStatusCode.BadRequest, "$")]
    public async Task Introduce_BadBody_400NamingTheField(string body, HttpStatusCode status, string field)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/opportunities/O-0001/introductions", Callers.Staff, body);

        var problem = await ProblemAsync(response, status);
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task Introduce_NotInterestedOrUnknownOpportunity_RefusedAndNothingChanged()
    {
        using var notInterested = await SendAsync(HttpMethod.Post, "/api/opportunities/O-0001/introductions", Callers.Staff, """{"expertId":"E-0001"}""");
        using var unknown = await SendAsync(HttpMethod.Post, "/api/opportunities/O-9999/introductions", Callers.Staff, """{"expertId":"E-0001"}""");
        using var byInstitution = await SendAsync(HttpMethod.Post, "/api/opportunities/O-0001/introductions", Callers.Institution, """{"expertId":"E-0001"}""");

        Assert.Contains("E-0001", (await ProblemAsync(notInterested, HttpStatusCode.Conflict)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, byInstitution.StatusCode);
        Assert.Empty((await InvestorsAsync(Callers.Staff)).EnumerateArray());
    }

    [Fact]
    public async Task Export_InterestedInvestor_ListsTheirInterest()
    {
        using var said = await SendAsync(HttpMethod.Post, "/api/opportunities/O-0001/interest", Callers.Expert);
        Assert.Equal(HttpStatusCode.OK, said.StatusCode);

        using var export = await SendAsync(HttpMethod.Get, "/api/profiles/E-0001/export", Callers.Expert);

        var interests = (await export.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("opportunityInterests");
        Assert.Equal("O-0001", Assert.Single(interests.EnumerateArray()).GetProperty("opportunityId").GetString());
    }
}
