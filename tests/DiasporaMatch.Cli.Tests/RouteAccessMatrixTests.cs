using System.Net;
using System.Text;
using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Api;
using DiasporaMatch.Cli.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
        ["ReferenceNames"] = [A, A, A, A, A, A],
        // Each query runs the resolver: anyone signed in, not anonymous callers.
        ["SuggestOccupations"] = [U, A, A, A, A, A],
        ["ListProfiles"] = [U, F, F, F, F, A],
        ["CreateProfile"] = [U, A, A, F, F, A],
        ["GetProfile"] = [U, A, F, F, F, A],
        ["ReplaceProfile"] = [U, A, F, F, F, A],
        ["DeleteProfile"] = [U, A, F, F, F, A],
        ["ExportProfile"] = [U, A, F, F, F, F],
        ["ProfileRecommendations"] = [U, A, F, F, F, A],
        ["ProfileOpportunities"] = [U, A, F, F, F, A],
        ["ProfileDuplicates"] = [U, F, F, F, F, A],
        // Merging or separating two people's profiles is staff's call, not even the expert's on their own profile.
        ["MergeProfiles"] = [U, F, F, F, F, A],
        ["MarkProfilesDistinct"] = [U, F, F, F, F, A],
        ["ListNeeds"] = [U, A, A, A, A, A],
        ["CreateNeed"] = [U, F, F, A, F, A],
        ["GetNeed"] = [U, A, A, A, A, A],
        ["ReplaceNeed"] = [U, F, F, A, F, A],
        ["DeleteNeed"] = [U, F, F, A, F, A],
        ["NeedMatches"] = [U, F, F, A, F, A],
        ["MoveNeed"] = [U, F, F, A, F, A],
        // "I'm interested" is the expert's own word: any expert, nobody on their behalf (staff neither).
        ["ExpressInterest"] = [U, A, A, F, F, F],
        ["NeedInterests"] = [U, F, F, A, F, A],
        ["ListOpportunities"] = [U, A, A, A, A, A],
        ["CreateOpportunity"] = [U, F, F, A, F, A],
        ["GetOpportunity"] = [U, A, A, A, A, A],
        ["ReplaceOpportunity"] = [U, F, F, A, F, A],
        ["DeleteOpportunity"] = [U, F, F, A, F, A],
        // An investor's own word, as on needs; the organisation lists its investors (pseudonyms), staff introduce them.
        ["ExpressOpportunityInterest"] = [U, A, A, F, F, F],
        ["OpportunityInterests"] = [U, F, F, A, F, A],
        ["IntroduceInvestor"] = [U, F, F, F, F, A],
        ["ListOrganisations"] = [U, F, F, F, F, A],
        ["CreateOrganisation"] = [U, F, F, F, F, A],
        ["GetOrganisation"] = [U, A, A, A, A, A],
        ["CreateDecision"] = [U, F, F, F, F, A],
        ["Import"] = [U, F, F, F, F, A],
        ["CurrentModel"] = [U, F, F, F, F, A],
        // Anyone signed in has a notification list; marking another's notification read answers 404 (allowed here: the id is unknown to all).
        ["ListNotifications"] = [U, A, A, A, A, A],
        ["MarkNotificationRead"] = [U, A, A, A, A, A],
        ["NotificationFailures"] = [U, F, F, F, F, A],
        ["GetNotificationPreferences"] = [U, A, A, A, A, A],
        ["SetNotificationPreferences"] = [U, A, A, A, A, A],
        // The signed link is the credential: no sign-in (a missing token is a 400, never 401).
        ["Unsubscribe"] = [A, A, A, A, A, A],
        ["UnsubscribeOneClick"] = [A, A, A, A, A, A],
        ["PlanAllocation"] = [U, F, F, F, F, A],
        // An unknown plan: staff get 404 (let through), everyone else is refused before the plan is looked up.
        ["ApplyAllocation"] = [U, F, F, F, F, A],
        // Experts and organisations have a calendar; staff do not. The feed itself is opened by its URL alone (404 when unknown).
        ["IssueCalendarFeed"] = [U, A, A, A, A, F],
        ["RevokeCalendarFeed"] = [U, A, A, A, A, F],
        ["CalendarFeed"] = [A, A, A, A, A, A],
        ["TrainModel"] = [U, F, F, F, F, A],
        ["CreateAssignment"] = [U, F, F, F, F, A],
        ["GetAssignment"] = [U, A, F, A, F, A],
        // The body cancels: the workflow gives that move to staff and the need's organisation, not to the expert,
        // whose own moves (accept, decline a proposal) are covered by the workflow table's tests.
        ["MoveAssignment"] = [U, F, F, A, F, A],
        // Mission dates are staff's to plan, even on the expert's or the organisation's own assignment.
        ["RescheduleAssignment"] = [U, F, F, F, F, A],
        // Saved filters belong to the staff lists.
        ["GetSavedFilters"] = [U, F, F, F, F, A],
        ["SetSavedFilters"] = [U, F, F, F, F, A],
        ["ReadAudit"] = [U, F, F, F, F, A],
        ["RetentionReport"] = [U, F, F, F, F, A],
        ["SuggestCvSkills"] = [U, A, F, F, F, A],
        // Anyone signed in may list assignments; what comes back is filtered to the caller's own (tested in core).
        ["ListAssignments"] = [U, A, A, A, A, A],
        ["RecentAudit"] = [U, F, F, F, F, A],
        ["ProgrammeDashboard"] = [U, F, F, F, F, A],
        ["ProgrammeIndicators"] = [U, F, F, F, F, A],
        // Any member exports their organisation's own needs and assignments; the indicators span every organisation.
        ["ProgrammeExport"] = [U, F, F, A, A, A],
        ["ProgrammeChart"] = [U, F, F, F, F, A],
        ["ProgrammeReportPage"] = [U, F, F, F, F, A],
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
            "/api/profiles/{id}" or "/api/profiles/{id}/export" or "/api/profiles/{id}/cv" or "/api/profiles/{id}/recommendations" or "/api/profiles/{id}/opportunities" or "/api/profiles/{id}/duplicates" or "/api/profiles/{id}/merge" or "/api/profiles/{id}/distinct" => route.Template.Replace("{id}", "E-0001", StringComparison.Ordinal),
            "/api/needs/{id}" or "/api/needs/{id}/matches" or "/api/needs/{id}/interest" or "/api/needs/{id}/interests" or "/api/needs/{id}/status" => route.Template.Replace("{id}", "N-M1", StringComparison.Ordinal),
            "/api/organisations/{id}" => "/api/organisations/ORG-CHU",
            "/api/opportunities/{id}" or "/api/opportunities/{id}/interest" or "/api/opportunities/{id}/interests" or "/api/opportunities/{id}/introductions" => route.Template.Replace("{id}", "O-M1", StringComparison.Ordinal),
            "/api/assignments/{id}" or "/api/assignments/{id}/transitions" or "/api/assignments/{id}/dates" => route.Template.Replace("{id}", assignment, StringComparison.Ordinal),
            "/api/audit" => "/api/audit?subject=E-0001",
            "/api/notifications/{id}/read" => "/api/notifications/NT-unknown/read",
            "/api/allocation/plans/{id}/apply" => "/api/allocation/plans/AP-unknown/apply",
            "/api/calendar/{id}.ics" => "/api/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics",
            // The breakdowns by the experts' attributes (issue #21): the same access as the others, staff only but an institution's own exports.
            "/api/programme/indicators" => "/api/programme/indicators?from=2027-01-01&to=2027-12-31&by=countryOfResidence",
            "/api/programme/exports/{kind}" => "/api/programme/exports/assignments?format=csv&from=2027-01-01&to=2027-12-31&by=gender",
            "/api/programme/charts/{name}" => "/api/programme/charts/person-days.svg?from=2027-01-01&to=2027-12-31&by=gender",
            "/api/programme/report.html" => "/api/programme/report.html?from=2027-01-01&to=2027-12-31&by=countryOfResidence",
            "/api/reference/occupations" => "/api/reference/occupations?q=nurse",
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
            "RescheduleAssignment" => """{"from":"2027-03-02","to":"2027-03-20"}""",
            "SetSavedFilters" => """{"filters":[{"name":"Open","list":"needs","query":{"state":"open"}}]}""",
            "ApplyAllocation" => "{}",
            "IntroduceInvestor" => """{"expertId":"E-0001"}""",
            // Without If-Match an allowed caller gets 428 and the need stays open for the other routes.
            "MoveNeed" => """{"status":"withdrawn"}""",
            // An unknown other profile: staff get 404 (let through) and the seeded E-0001 stays as it is.
            "MergeProfiles" => """{"from":"E-MISSING"}""",
            "MarkProfilesDistinct" => """{"other":"E-MISSING"}""",
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

    // ---- Issue #16: what each role sees of an assignment, per state (institutions: pseudonyms until the expert accepts) ----

    public static TheoryData<string, bool> DisclosureStates() => new()
    {
        { "shortlisted", false },
        { "proposed", false },
        { "accepted", true },
        { "approved", true },
    };

    /// <summary>
    /// Every assignment route × every caller, for an assignment in each state: the institution sees the match list's
    /// per-need pseudonym (detail, list, list filtered by expert) until the expert accepts, then the expert's id,
    /// name and email; history names roles to everyone but staff; audit and conflicts stay staff-only.
    /// </summary>
    [Theory]
    [MemberData(nameof(DisclosureStates))]
    public async Task AssignmentRoutes_EachCallerAndState_InstitutionSeesPseudonymUntilAccepted(string state, bool revealed)
    {
        await SeedAsync();
        var host = fixture.Host;
        var needId = "N-D" + state.ToUpperInvariant();
        var id = await WalkAsync(needId, state);
        var pseudonym = AccessPolicy.Pseudonym(host.Services.GetRequiredService<IOptions<ApiOptions>>().Value.SigningKey, needId, "E-0001");
        Assert.Equal(pseudonym, await MatchListPseudonymAsync(needId, "E-0001")); // the same one the match list shows
        var shownId = revealed ? "E-0001" : pseudonym;

        foreach (var caller in Columns)
        {
            var detail = await GetAsync($"/api/assignments/{id}", caller);
            var list = await GetAsync($"/api/assignments?needId={needId}", caller);
            var byExpert = await GetAsync($"/api/assignments?needId={needId}&expertId=E-0001", caller);
            var audit = await GetAsync($"/api/audit?subject={id}", caller);
            var party = caller == Callers.Institution || caller == Callers.Expert || caller == Callers.Staff;
            var because = $"{caller?.Subject ?? "anonymous"} on a {state} assignment";

            if (caller is null)
            {
                Assert.All([detail, list, byExpert, audit], r => Assert.Equal(HttpStatusCode.Unauthorized, r.Status));
                continue;
            }

            Assert.True((party ? HttpStatusCode.OK : HttpStatusCode.Forbidden) == detail.Status, because);
            Assert.True((caller == Callers.Staff ? HttpStatusCode.OK : HttpStatusCode.Forbidden) == audit.Status, because);
            var rows = list.Body.GetProperty("assignments").EnumerateArray().ToList();
            if (!party)
            {
                Assert.Empty(rows);
                continue;
            }

            var expected = caller == Callers.Institution ? shownId : "E-0001";
            Assert.Equal(expected, detail.Body.GetProperty("expertId").GetString());
            Assert.Equal([expected], rows.Select(r => r.GetProperty("assignment").GetProperty("expertId").GetString()));
            if (caller != Callers.Staff)
            {
                // Conflicts name other organisations' assignments: staff only (the other states' cases give staff some).
                Assert.All(rows, r => Assert.Equal(0, r.GetProperty("conflicts").GetArrayLength()));
            }

            Assert.Equal(expected == "E-0001" ? 1 : 0, byExpert.Body.GetProperty("assignments").GetArrayLength());

            var movers = detail.Body.GetProperty("history").EnumerateArray().Select(t => t.GetProperty("by").GetString()).ToList();
            var contact = detail.Body.TryGetProperty("expert", out var expert) ? (expert.GetProperty("name").GetString(), expert.GetProperty("email").GetString()) : default;
            if (caller == Callers.Staff)
            {
                Assert.Contains("STAFF-1", movers);
                Assert.Equal(default, contact);
                continue;
            }

            Assert.All(movers, by => Assert.Contains(by, new[] { "staff", "expert", "institution" }));
            Assert.DoesNotContain("STAFF-1", detail.Text + list.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("\"U-1\"", detail.Text + list.Text, StringComparison.Ordinal);
            if (caller == Callers.Institution)
            {
                Assert.Equal(revealed ? ("Nadia El Amrani", "nadia@example.org") : default, contact);
                Assert.Equal(revealed, (detail.Text + list.Text + byExpert.Text).Contains("E-0001", StringComparison.Ordinal));
            }
            else
            {
                Assert.Equal(default, contact);
            }
        }
    }

    /// <summary>What the institution's match list calls <paramref name="expertId"/>: the entry at the rank staff see them at.</summary>
    private async Task<string?> MatchListPseudonymAsync(string needId, string expertId)
    {
        var staff = await GetAsync($"/api/needs/{needId}/matches?top=50", Callers.Staff);
        var institution = await GetAsync($"/api/needs/{needId}/matches?top=50", Callers.Institution);
        var rank = staff.Body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("expertId").GetString()).ToList().IndexOf(expertId);
        Assert.True(rank >= 0, $"{expertId} must be on the match list of {needId}: {staff.Text}");
        return institution.Body.GetProperty("results")[rank].GetProperty("expertId").GetString();
    }

    private async Task<(HttpStatusCode Status, string Text, JsonElement Body)> GetAsync(string path, Caller? caller)
    {
        using var response = await fixture.Host.Client.SendAsync(fixture.Host.Request(HttpMethod.Get, path, caller));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text, response.IsSuccessStatusCode ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }

    /// <summary>A need of ORG-CHU and an assignment of E-0001 to it, walked by each step's own party to <paramref name="state"/>.</summary>
    private async Task<string> WalkAsync(string needId, string state)
    {
        var host = fixture.Host;
        async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Caller caller, string json) =>
            await host.Client.SendAsync(host.Request(method, path, caller, new StringContent(json, Encoding.UTF8, "application/json")));

        (await SendAsync(HttpMethod.Post, "/api/needs", Callers.Staff, Need.Replace("N-M1", needId, StringComparison.Ordinal))).EnsureSuccessStatusCode();
        // Each state its own dates: only one of them is booked, but none may overlap another booking of E-0001.
        using var created = await SendAsync(HttpMethod.Post, "/api/assignments", Callers.Staff, $$"""{"needId":"{{needId}}","expertId":"E-0001","from":"2027-04-01","to":"2027-04-10"}""");
        created.EnsureSuccessStatusCode();
        var id = created.Headers.Location!.ToString().Split('/')[^1];
        (string To, Caller By)[] path = [("proposed", Callers.Staff), ("accepted", Callers.Expert), ("confirmed", Callers.Institution), ("approved", Callers.Staff)];
        var current = "shortlisted";
        foreach (var (to, by) in path)
        {
            if (current == state)
            {
                break;
            }

            using var moved = await SendAsync(HttpMethod.Post, $"/api/assignments/{id}/transitions", by, $$"""{"to":"{{to}}"}""");
            Assert.True(moved.IsSuccessStatusCode, $"{current} → {to}: {(int)moved.StatusCode} {await moved.Content.ReadAsStringAsync()}");
            current = to;
        }

        return id;
    }
}
