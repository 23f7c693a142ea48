using System.Net;
using System.Text;
using DiasporaMatch.Access;
using DiasporaMatch.Api;
using DiasporaMatch.Cli.TestSupport;

namespace DiasporaMatch.Cli;

/// <summary>
/// Every HTTP route × anonymous, the expert who owns the record, another expert, the owning organisation's
/// member, another organisation's member and staff: 401, 403 or let through, as DESIGN.md's roles table says.
/// Written out by hand per route, so a route wired to the wrong action or ownership fails here.
/// </summary>
public sealed class RouteAccessMatrixTests(SeededHostFixture fixture) : IClassFixture<SeededHostFixture>
{
    private const string A = "allowed";
    private const string U = "401";
    private const string F = "403";

    private static readonly Caller?[] Columns =
    [
        null,
        Callers.Expert, // owns E-0001
        Callers.OtherExpert,
        Callers.Institution, // member of ORG-CHU, which owns N-M1 and O-M1
        Callers.OtherInstitution,
        Callers.Staff,
    ];

    private static readonly Dictionary<string, string[]> Expected = new()
    {
        ["Health"] = [A, A, A, A, A, A],
        ["Ready"] = [A, A, A, A, A, A],
        ["OpenApi"] = [A, A, A, A, A, A],
        ["ListProfiles"] = [U, F, F, F, F, A],
        ["CreateProfile"] = [U, A, A, F, F, A],
        ["GetProfile"] = [U, A, F, F, F, A],
        ["ReplaceProfile"] = [U, A, F, F, F, A],
        ["DeleteProfile"] = [U, A, F, F, F, A],
        ["ExportProfile"] = [U, A, F, F, F, F],
        ["ProfileRecommendations"] = [U, A, F, F, F, A],
        ["ProfileOpportunities"] = [U, A, F, F, F, A],
        ["ListNeeds"] = [U, A, A, A, A, A],
        ["CreateNeed"] = [U, F, F, A, F, A],
        ["GetNeed"] = [U, A, A, A, A, A],
        ["ReplaceNeed"] = [U, F, F, A, F, A],
        ["DeleteNeed"] = [U, F, F, A, F, A],
        ["NeedMatches"] = [U, F, F, A, F, A],
        ["ListOpportunities"] = [U, A, A, A, A, A],
        ["CreateOpportunity"] = [U, F, F, A, F, A],
        ["GetOpportunity"] = [U, A, A, A, A, A],
        ["ReplaceOpportunity"] = [U, F, F, A, F, A],
        ["DeleteOpportunity"] = [U, F, F, A, F, A],
        ["ListOrganisations"] = [U, F, F, F, F, A],
        ["CreateOrganisation"] = [U, F, F, F, F, A],
        ["CreateDecision"] = [U, F, F, F, F, A],
        ["Import"] = [U, F, F, F, F, A],
        ["CurrentModel"] = [U, F, F, F, F, A],
        ["TrainModel"] = [U, F, F, F, F, A],
        ["CreateAssignment"] = [U, F, F, F, F, A],
        ["GetAssignment"] = [U, A, F, A, F, A],
        // The body cancels: the workflow gives that move to staff and the need's organisation, not to the expert,
        // whose own moves (accept, decline a proposal) are covered by the workflow table's tests.
        ["MoveAssignment"] = [U, F, F, A, F, A],
        ["ReadAudit"] = [U, F, F, F, F, A],
        ["RetentionReport"] = [U, F, F, F, F, A],
        ["SuggestCvSkills"] = [U, A, F, F, F, A],
        // Anyone signed in may list assignments; what comes back is filtered to the caller's own (tested in core).
        ["ListAssignments"] = [U, A, A, A, A, A],
        ["RecentAudit"] = [U, F, F, F, F, A],
        ["ProgrammeDashboard"] = [U, F, F, F, F, A],
        ["ModelChart"] = [U, F, F, F, F, A],
    };

    private const string Need = """{"id":"N-M1","organisationId":"ORG-CHU","title":"Train NICU nurses","country":"MA","region":"MA-01","sector":"health","requiredSkills":["neonatal care"],"window":{"from":"2027-03-01","to":"2027-06-30"},"onSite":false}""";
    private const string Opportunity = """{"id":"O-M1","organisationId":"ORG-CHU","title":"Olive oil unit","country":"MA","region":"MA-01","sector":"agri-food","amountSoughtEur":150000,"stage":"create"}""";

    public static TheoryData<string> Routes() => new(ApiRouteTable.Routes.Select(r => r.Name));

    [Fact]
    public void Matrix_CoversEveryRoute()
    {
        Assert.Equal(ApiRouteTable.Routes.Select(r => r.Name).Order(), Expected.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_EveryCaller_GetsTheAccessTheRolesTableGives(string name)
    {
        var route = ApiRouteTable.Routes.Single(r => r.Name == name);
        var actual = new List<string>();
        foreach (var caller in Columns)
        {
            var assignment = await SeedAsync();
            using var response = await fixture.Host.Client.SendAsync(Build(route, caller, assignment));
            actual.Add(response.StatusCode switch
            {
                HttpStatusCode.Unauthorized => U,
                HttpStatusCode.Forbidden => F,
                _ => A,
            });
        }

        Assert.Equal(Expected[name], actual);
    }

    private HttpRequestMessage Build(ApiRoute route, Caller? caller, string assignment)
    {
        var path = route.Template switch
        {
            "/api/profiles/{id}" or "/api/profiles/{id}/export" or "/api/profiles/{id}/cv" or "/api/profiles/{id}/recommendations" or "/api/profiles/{id}/opportunities" => route.Template.Replace("{id}", "E-0001", StringComparison.Ordinal),
            "/api/needs/{id}" or "/api/needs/{id}/matches" => route.Template.Replace("{id}", "N-M1", StringComparison.Ordinal),
            "/api/opportunities/{id}" => route.Template.Replace("{id}", "O-M1", StringComparison.Ordinal),
            "/api/assignments/{id}" or "/api/assignments/{id}/transitions" => route.Template.Replace("{id}", assignment, StringComparison.Ordinal),
            "/api/audit" => "/api/audit?subject=E-0001",
            _ => route.Template,
        };
        var body = route.Name switch
        {
            "CreateProfile" or "ReplaceProfile" => LocalHostTests.Profile,
            "CreateNeed" => Need.Replace("N-M1", "N-NEW", StringComparison.Ordinal),
            "ReplaceNeed" => Need,
            "CreateOpportunity" => Opportunity.Replace("O-M1", "O-NEW", StringComparison.Ordinal),
            "ReplaceOpportunity" => Opportunity,
            "CreateOrganisation" => """{"name":"Commune de Fès","type":"public","country":"MA","region":"MA-03"}""",
            "CreateDecision" => """{"needId":"N-M1","expertId":"E-0001","decision":"shortlisted","at":"2026-11-30T09:00:00Z","by":"STAFF-1"}""",
            "CreateAssignment" => """{"needId":"N-M1","expertId":"E-0001","from":"2027-03-01","to":"2027-03-31"}""",
            "MoveAssignment" => """{"to":"cancelled","reason":"matrix test"}""",
            _ => null,
        };
        var content = body is null ? null : new StringContent(body, Encoding.UTF8, route.Name == "Import" ? "application/x-ndjson" : "application/json");
        if (route.Name == "SuggestCvSkills")
        {
            // Access is decided before the file is read, so an unreadable PDF tells allowed (422) from refused.
            content = new StringContent("%PDF-1.7 not really", Encoding.ASCII, "application/pdf");
        }

        if (route.Name == "Import")
        {
            content = new StringContent(Need, Encoding.UTF8, "application/x-ndjson");
        }

        return fixture.Host.Request(new HttpMethod(route.Method), path, caller, content);
    }

    /// <summary>Puts back what an allowed DELETE or move removed, and returns an open assignment of E-0001 for N-M1.</summary>
    private async Task<string> SeedAsync()
    {
        var host = fixture.Host;
        async Task EnsureAsync(string getPath, string postPath, string json)
        {
            using var existing = await host.Client.SendAsync(host.Request(HttpMethod.Get, getPath, Callers.Staff));
            if (existing.StatusCode == HttpStatusCode.NotFound)
            {
                using var created = await host.Client.SendAsync(host.Request(HttpMethod.Post, postPath, Callers.Staff, new StringContent(json, Encoding.UTF8, "application/json")));
                created.EnsureSuccessStatusCode();
            }
        }

        await EnsureAsync("/api/profiles/E-0001", "/api/profiles", LocalHostTests.Profile.Replace("{\"fullName\"", "{\"id\":\"E-0001\",\"fullName\"", StringComparison.Ordinal));
        await EnsureAsync("/api/needs/N-M1", "/api/needs", Need);
        await EnsureAsync("/api/opportunities/O-M1", "/api/opportunities", Opportunity);
        using var assignment = await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/assignments", Callers.Staff,
            new StringContent("""{"needId":"N-M1","expertId":"E-0001","from":"2027-03-01","to":"2027-03-31"}""", Encoding.UTF8, "application/json")));
        assignment.EnsureSuccessStatusCode();
        return assignment.Headers.Location!.ToString().Split('/')[^1];
    }
}
