using System.Text.RegularExpressions;
using DiasporaMatch.Access;
using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

/// <summary>
/// Issue #18 items 2 and 3 in the browser: the expert's full profile with what to add, a need opened in place and
/// "I'm interested" (Arabic); a proposal with who, where and how long, an overlap warning and a confirmation step
/// (English); the institution's needs by state, expired by the service's clock, and withdrawn from the page (French).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ExpertInstitutionWorkflowTests(WebFixture web)
{
    private static async Task SwitchAndReloadAsync(IPage page, string language)
    {
        await page.Locator("#lang").SelectOptionAsync(language);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await page.ReloadAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
    }

    [Fact]
    public async Task Expert_in_arabic_sees_the_full_profile_what_to_add_opens_a_need_and_says_interested()
    {
        await WebApi.PostAsync(web, "/api/profiles", new Caller(Role.Expert, "E-WEB-FB1"), """
            {"fullName":"Karim Tazi","countryOfResidence":"BE","languages":[{"code":"fr","level":"C2"},{"code":"en","level":"C1"}],
             "occupation":"special educational needs teacher","skills":["disability inclusion","learning assessment","case management"],
             "yearsExperience":9,"sectors":["education"],"preferredRegions":["MA-04"],"remoteOk":true,
             "availability":[{"from":"2026-01-01","to":"2027-12-31"}],"consent":{"given":true,"version":"2026-01","at":"2026-11-01T10:00:00Z"}}
            """);
        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "expert", "E-WEB-FB1");
        await SwitchAndReloadAsync(page, "ar");

        await Expect(page.Locator("#p-occupation")).ToHaveValueAsync("special educational needs teacher");
        await Expect(page.Locator("#p-years")).ToHaveValueAsync("9");
        await Expect(page.Locator("#p-sector-education")).ToBeCheckedAsync();
        await Expect(page.Locator("#p-region-MA-04")).ToBeCheckedAsync();
        await Expect(page.Locator("#p-remote")).ToBeCheckedAsync();
        await Expect(page.Locator("#completeness-score")).ToHaveTextAsync("اكتمال الملف: 88%.");
        await Expect(page.Locator("#completeness-missing li")).ToHaveTextAsync(["أضف نبذة قصيرة."]);

        // Opened in place: the organisation by its name, the place, the dates; then "I'm interested".
        // The first recommended need still open on today's date (the list may hold needs whose window ended).
        await Expect(page.Locator("#recs > li").First).ToBeVisibleAsync();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        string? needId = null;
        System.Text.Json.JsonElement need = default;
        foreach (var id in await page.Locator("#recs > li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.needId)"))
        {
            need = await WebApi.NeedAsync(web, id);
            if (string.CompareOrdinal(need.GetProperty("window").GetProperty("to").GetString(), today) >= 0)
            {
                needId = id;
                break;
            }
        }

        Assert.NotNull(needId);
        var first = page.Locator($"#recs > li[data-need-id='{needId}']");
        var organisation = await web.GetJsonAsync($"/api/organisations/{need.GetProperty("organisationId").GetString()}", WebApi.Staff);
        await first.GetByRole(AriaRole.Button, new() { Name = "التفاصيل" }).ClickAsync();
        await Expect(first.Locator(".need-detail")).ToContainTextAsync(organisation.GetProperty("name").GetString()!);
        await Expect(first.Locator(".need-detail")).Not.ToContainTextAsync("ORG-");
        await first.GetByRole(AriaRole.Button, new() { Name = "أنا مهتم" }).ClickAsync();
        await Expect(first.GetByRole(AriaRole.Status)).ToHaveTextAsync("تم التسجيل: سيطّلع فريق البرنامج على اهتمامك.");
        await Screenshots.TakeAtAsync(page, first, "flowa-expert-ar-need-interest");
        var interests = await web.GetJsonAsync($"/api/needs/{needId}/interests", WebApi.Staff);
        Assert.Contains("E-WEB-FB1", interests.GetProperty("interests").EnumerateArray().Select(i => i.GetProperty("expertId").GetString()));

        // The summary added and saved: nothing left to add.
        await page.Locator("#p-summary").FillAsync("مدرس متخصص في التربية الدامجة");
        await page.Locator("#profile-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#completeness-score")).ToHaveTextAsync("اكتمال الملف: 100%.");
        await Expect(page.Locator("#completeness-missing li")).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, "flowa-expert-ar-profile-complete");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Expert_sees_who_where_and_how_long_is_warned_of_an_overlap_and_confirms_before_accepting()
    {
        const string Expert = "E-000005";
        var first = await WebApi.NeedAsync(web, "N-0007");
        var from = first.GetProperty("window").GetProperty("from").GetString()!;
        var organisationId = first.GetProperty("organisationId").GetString()!;
        await WebApi.AssignmentAsync(web, "N-0007", Expert, from, from,
            ("proposed", WebApi.Staff), ("accepted", new Caller(Role.Expert, Expert)), ("confirmed", new Caller(Role.Institution, "U-WEB-FB", organisationId)), ("approved", WebApi.Staff));
        var secondId = await WebApi.NeedCoveringAsync(web, from, except: "N-0007");
        var second = await WebApi.NeedAsync(web, secondId);
        var proposalId = await WebApi.AssignmentAsync(web, secondId, Expert, from, from, ("proposed", WebApi.Staff));
        var organisation = await web.GetJsonAsync($"/api/organisations/{second.GetProperty("organisationId").GetString()}", WebApi.Staff);

        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "expert", Expert);
        var proposal = page.Locator($"#proposals li[data-assignment-id='{proposalId}']");
        await Expect(proposal.Locator(".details")).ToContainTextAsync($"{organisation.GetProperty("name").GetString()} · ");
        await Expect(proposal.Locator(".details")).ToContainTextAsync("· 1 days");
        await Expect(proposal.Locator(".warning")).ToContainTextAsync($"these dates overlap your mission “{first.GetProperty("title").GetString()}”");

        await proposal.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Expect(proposal.GetByRole(AriaRole.Status)).ToContainTextAsync("It overlaps another mission of yours.");
        await Expect(proposal.GetByRole(AriaRole.Button, new() { Name = "Yes, accept" })).ToBeVisibleAsync();
        await Screenshots.TakeAtAsync(page, proposal, "flowa-expert-proposal-overlap");
        Assert.Equal("proposed", (await web.GetJsonAsync($"/api/assignments/{proposalId}", WebApi.Staff)).GetProperty("state").GetString());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Institution_in_french_filters_expired_needs_and_withdraws_one_by_name()
    {
        var posted = await WebApi.PostAsync(web, "/api/needs", new Caller(Role.Institution, "U-WEB-FB2", "ORG-037"), """
            {"organisationId":"ORG-037","title":"Formation à l'évaluation des apprentissages","country":"MA","region":"MA-04","sector":"education",
             "requiredSkills":["learning assessment"],"window":{"from":"2027-09-01","to":"2027-12-15"},"durationDays":20,"onSite":true}
            """);
        var id = posted.GetProperty("id").GetString()!;
        var opportunity = await WebApi.PostAsync(web, "/api/opportunities", new Caller(Role.Institution, "U-WEB-FB2", "ORG-037"), """
            {"organisationId":"ORG-037","title":"Incubateur d'entreprises éducatives","country":"MA","region":"MA-04","sector":"education","amountSoughtEur":120000,"stage":"expand"}
            """);
        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "institution", "U-WEB-FB2", "ORG-037");
        await SwitchAndReloadAsync(page, "fr");
        await Expect(page.Locator("#need-org")).ToHaveTextAsync("Pour Université de Rabat.");

        // Their opportunities are listed back, named in French.
        var listed = page.Locator($"#own-opps li[data-opportunity-id='{opportunity.GetProperty("id").GetString()}']");
        await Expect(listed.Locator(".meta")).ToContainTextAsync("Éducation · Rabat-Salé-Kénitra");
        await Expect(listed.Locator(".meta")).ToContainTextAsync("développement");

        // N-0001's window ended in March 2026: shown expired, and the filter (on the server) finds it.
        await page.Locator("#own-needs-filter").SelectOptionAsync("expired");
        await Expect(page.Locator("#own-needs li[data-need-id='N-0001'] .need-status")).ToHaveTextAsync("Expiré");
        await Expect(page.Locator($"#own-needs li[data-need-id='{id}']")).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, "flowa-institution-fr-expired");

        await page.Locator("#own-needs-filter").SelectOptionAsync("open");
        var need = page.Locator($"#own-needs li[data-need-id='{id}']");
        await Expect(need.Locator(".need-status")).ToHaveTextAsync("Ouvert");
        await need.GetByRole(AriaRole.Button, new() { Name = "Retirer" }).ClickAsync();
        await Expect(need).ToHaveCountAsync(0); // no longer open

        await page.Locator("#own-needs-filter").SelectOptionAsync("withdrawn");
        await Expect(need.Locator(".need-status")).ToHaveTextAsync("Retiré");
        await Expect(need.GetByRole(AriaRole.Button, new() { Name = "Retirer" })).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, "flowa-institution-fr-withdrawn");
        Assert.Equal("withdrawn", (await WebApi.NeedAsync(web, id)).GetProperty("status").GetString());
        await page.Context.CloseAsync();
    }
}
