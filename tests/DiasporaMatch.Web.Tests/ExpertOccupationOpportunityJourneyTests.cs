using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

/// <summary>
/// Issue #18 item 2 as an expert meets it, in French, Arabic and English: the occupation typed in their own words gets
/// the taxonomy's occupations as suggestions (named in the page's language) and one is picked and saved; what is left
/// to add is shown; an investment opportunity is opened in place (organisation, place, sector, amount, stage, support,
/// names and figures isolated for Arabic) and "I'm interested" reaches staff. Checked with axe, on a phone too.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ExpertOccupationOpportunityJourneyTests(WebFixture web)
{
    private static async Task SwitchAndReloadAsync(IPage page, string language)
    {
        await page.Locator("#lang").SelectOptionAsync(language);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await page.ReloadAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
    }

    [Theory]
    [InlineData("fr", "infirmière")]
    [InlineData("ar", "infirmière")]
    [InlineData("en", "nurse")]
    public async Task Expert_picks_a_suggested_occupation_opens_an_opportunity_and_says_interested(string language, string phrase)
    {
        var ui = UiStrings.Of(language);
        var expert = $"E-WEB-FD-{language.ToUpperInvariant()}";
        var institution = new Caller(Role.Institution, "U-WEB-FD", "ORG-001");
        await WebApi.PostAsync(web, "/api/profiles", new Caller(Role.Expert, expert), """
            {"fullName":"Samira Berrada","countryOfResidence":"FR","languages":[{"code":"fr","level":"C2"},{"code":"ar","level":"native"}],
             "skills":["neonatal care","infection prevention","clinical teaching"],"yearsExperience":11,"sectors":["health"],"remoteOk":true,
             "availability":[{"from":"2026-01-01","to":"2028-12-31"}],
             "investment":{"sectors":["health"],"regions":["MA-12"],"ticketMinEur":10000,"ticketMaxEur":300000,"stage":"create"},
             "consent":{"given":true,"version":"2026-01","at":"2026-11-01T10:00:00Z"}}
            """);
        var opportunity = await WebApi.PostAsync(web, "/api/opportunities", institution, $$"""
            {"organisationId":"ORG-001","title":"Clinique de néonatologie à Dakhla ({{language}})","description":"Une clinique privée de néonatologie cherche un investisseur.",
             "country":"MA","region":"MA-12","sector":"health","amountSoughtEur":250000,"stage":"create","supportOffered":["local partner","premises"]}
            """);
        var opportunityId = opportunity.GetProperty("id").GetString()!;

        var page = await web.NewPageAsync(1280, 1600);
        await SignIn.AsAsync(page, "expert", expert);
        await SwitchAndReloadAsync(page, language);

        // No occupation yet: the completeness says to add it.
        await Expect(page.Locator("#completeness-missing")).ToContainTextAsync(ui["flowa.add.occupation"]);

        // Typed in the expert's own words: the resolver's occupations, named in the page's language, as the API gives them.
        await page.Locator("#p-occupation").FillAsync(phrase);
        var suggested = await web.GetJsonAsync($"/api/reference/occupations?q={Uri.EscapeDataString(phrase)}&lang={language}&top=6", WebApi.Staff);
        var labels = suggested.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("label").GetString()!).ToArray();
        Assert.NotEmpty(labels);
        await Expect(page.Locator("#p-occupation-list button")).ToHaveTextAsync(labels);
        await Expect(page.Locator("#p-occupation-state")).ToHaveTextAsync(ui["flowd.occupationSuggested"]);
        await Screenshots.TakeAtAsync(page, page.Locator("#p-occupation"), $"flowd-expert-{language}-occupation");
        await PageChecks.NoOverflowNoSeriousViolationAsync(page, $"expert occupation suggestions in {language}");

        await page.Locator("#p-occupation-list button").First.ClickAsync();
        await Expect(page.Locator("#p-occupation")).ToHaveValueAsync(labels[0]);
        await Expect(page.Locator("#p-occupation-list")).ToBeHiddenAsync();
        // Saving reads the suggestion lists again: wait until the opportunities are shown anew.
        await page.RunAndWaitForResponseAsync(
            () => page.Locator("#profile-form button[type=submit]").ClickAsync(),
            r => r.Url.Contains($"/api/profiles/{expert}/opportunities", StringComparison.Ordinal));
        await Expect(page.Locator("#opps")).Not.ToHaveAttributeAsync("aria-busy", "true");
        Assert.Equal(labels[0], (await web.GetJsonAsync($"/api/profiles/{expert}", WebApi.Staff)).GetProperty("occupation").GetString());
        await Expect(page.Locator("#completeness-missing")).Not.ToContainTextAsync(ui["flowa.add.occupation"]);

        // The opportunity opened in place: the organisation by name, the place, sector and stage by their names.
        var names = await web.GetJsonAsync($"/api/reference?lang={language}", WebApi.Staff);
        var organisation = (await web.GetJsonAsync("/api/organisations/ORG-001", WebApi.Staff)).GetProperty("name").GetString()!;
        var item = page.Locator($"#opps > li[data-opportunity-id='{opportunityId}']");
        await item.GetByRole(AriaRole.Button, new() { Name = ui["flowa.details"] }).ClickAsync();
        var detail = item.Locator(".opportunity-detail");
        await Expect(detail).ToBeVisibleAsync();
        foreach (var name in new[] { organisation, Name(names, "regions", "MA-12"), Name(names, "sectors", "health"), Name(names, "stages", "create") })
        {
            await Expect(detail).ToContainTextAsync(name);
        }

        await Expect(detail).ToContainTextAsync(ui.Format("flowd.supportOffered", ("support", "local partner · premises")));
        await Expect(detail).Not.ToContainTextAsync("ORG-001");
        // Each name and figure is isolated, so Arabic text around them cannot reorder them.
        await Expect(detail.Locator("p bdi")).ToHaveCountAsync(6);

        await item.GetByRole(AriaRole.Button, new() { Name = ui["flowa.interested"] }).ClickAsync();
        await Expect(item.GetByRole(AriaRole.Status)).ToHaveTextAsync(ui["flowd.investorInterestSaved"]);
        await Expect(item.GetByRole(AriaRole.Button, new() { Name = ui["flowa.interested"] })).ToBeDisabledAsync();
        await Screenshots.TakeAtAsync(page, item, $"flowd-expert-{language}-opportunity");
        await PageChecks.NoOverflowNoSeriousViolationAsync(page, $"expert opportunity opened in {language}");
        var interests = await web.GetJsonAsync($"/api/opportunities/{opportunityId}/interests", WebApi.Staff);
        Assert.Equal([expert], interests.GetProperty("investors").EnumerateArray().Select(i => i.GetProperty("expertId").GetString()));
        await page.Context.CloseAsync();

        // On a phone: the suggestions wrap, nothing overflows, axe finds nothing serious.
        var phone = await web.NewPageAsync(320, 740);
        await SignIn.AsAsync(phone, "expert", expert);
        await SwitchAndReloadAsync(phone, language);
        await phone.Locator("#p-occupation").FillAsync(phrase);
        await Expect(phone.Locator("#p-occupation-list button")).ToHaveTextAsync(labels);
        await PageChecks.NoOverflowNoSeriousViolationAsync(phone, $"expert occupation suggestions on a phone in {language}");
        if (language == "ar")
        {
            await Screenshots.TakeAtAsync(phone, phone.Locator("#p-occupation"), "flowd-expert-ar-occupation-phone");
        }

        await phone.Context.CloseAsync();
    }

    private static string Name(JsonElement names, string catalogue, string code) => names.GetProperty(catalogue).GetProperty(code).GetString()!;
}
