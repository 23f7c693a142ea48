using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Reference;
using DiasporaMatch.Validation;
using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

/// <summary>
/// Issue #18 item 3 as an institution member meets it, in French, Arabic and English: the need form takes several
/// languages and a minimum experience (a wrong one is refused with the server's error worded in the page's
/// language); their opportunities list the interested investors by pseudonym until programme staff introduce one,
/// then by name and email. Checked with axe, on a phone too.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class InstitutionNeedInvestorJourneyTests(WebFixture web)
{
    private const string Organisation = "ORG-002";

    private static async Task SwitchAndReloadAsync(IPage page, string language)
    {
        await page.Locator("#lang").SelectOptionAsync(language);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await page.ReloadAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task Institution_posts_a_need_with_two_languages_and_sees_its_investors_named_once_introduced(string language)
    {
        var ui = UiStrings.Of(language);
        var member = new Caller(Role.Institution, $"U-WEB-FD-{language}", Organisation);
        var investor = $"E-WEB-FDI-{language.ToUpperInvariant()}";
        await WebApi.PostAsync(web, "/api/profiles", new Caller(Role.Expert, investor), $$$"""
            {"fullName":"Youssef Alaoui","email":"youssef.{{{language}}}@example.org","countryOfResidence":"BE","languages":[{"code":"fr","level":"C2"}],
             "skills":["business planning"],"sectors":["education"],"availability":[{"from":"2026-01-01","to":"2028-12-31"}],
             "investment":{"sectors":["education"],"regions":["MA-07"],"ticketMinEur":50000,"ticketMaxEur":400000},
             "consent":{"given":true,"version":"2026-01","at":"2026-11-01T10:00:00Z"}}
            """);
        var opportunity = await WebApi.PostAsync(web, "/api/opportunities", member, $$"""
            {"organisationId":"{{Organisation}}","title":"Incubateur de l'ENSA Safi ({{language}})","country":"MA","region":"MA-07","sector":"education","amountSoughtEur":200000,"stage":"expand"}
            """);
        var opportunityId = opportunity.GetProperty("id").GetString()!;
        await WebApi.PostAsync(web, $"/api/opportunities/{opportunityId}/interest", new Caller(Role.Expert, investor), "{}");

        var page = await web.NewPageAsync(1280, 1800);
        await SignIn.AsAsync(page, "institution", member.Subject, Organisation);
        await SwitchAndReloadAsync(page, language);

        // The need form: two required languages and a minimum experience; 99 years is refused in the page's language.
        var form = page.Locator("#need-form");
        await form.Locator("#n-title").FillAsync($"Former les enseignants au numérique ({language})");
        await form.Locator("#n-sector").SelectOptionAsync("education");
        await form.Locator("#n-region").SelectOptionAsync("MA-07");
        await form.Locator("#n-required").FillAsync("digital literacy\ncurriculum design");
        await form.Locator("#n-optional").FillAsync("e-learning");
        await page.Locator("#n-add-language").ClickAsync();
        await page.Locator("#n-lang-0").SelectOptionAsync("fr");
        await page.Locator("#n-level-0").SelectOptionAsync("C1");
        await page.Locator("#n-add-language").ClickAsync();
        await page.Locator("#n-lang-1").SelectOptionAsync("ar");
        await page.Locator("#n-level-1").SelectOptionAsync("B2");
        await form.Locator("#n-min-years").FillAsync("99");
        await form.Locator("#n-from").FillAsync("2027-09-01");
        await form.Locator("#n-to").FillAsync("2027-12-15");
        await form.Locator("#n-duration").FillAsync("30");
        await form.Locator("#n-positions").FillAsync("2");
        await form.Locator("button[type=submit]").ClickAsync();
        await Expect(page.Locator(".field:has(#n-min-years) .field-error")).ToHaveTextAsync(FieldErrorCatalogue.Bundled.Render(
            new FieldError("minYearsExperience", "out of range") { Code = "outOfRange", Args = new Dictionary<string, string> { ["min"] = "0", ["max"] = "70" } }, language));
        await Expect(page.Locator("#need-form .error-summary")).Not.ToContainTextAsync("minYearsExperience");
        await Screenshots.TakeAtAsync(page, form.Locator("#n-min-years"), $"flowd-institution-{language}-need-form-error");

        await form.Locator("#n-min-years").FillAsync("5");
        await Screenshots.TakeAtAsync(page, page.Locator("#n-languages"), $"flowd-institution-{language}-need-form");
        await PageChecks.NoOverflowNoSeriousViolationAsync(page, $"institution need form in {language}");
        await form.Locator("button[type=submit]").ClickAsync();
        await Expect(page.Locator("#need-posted")).ToBeVisibleAsync();
        var posted = await FindNeedAsync($"Former les enseignants au numérique ({language})");
        Assert.Equal([("fr", "C1"), ("ar", "B2")], posted.GetProperty("requiredLanguages").EnumerateArray().Select(l => (l.GetProperty("code").GetString(), l.GetProperty("level").GetString())));
        Assert.Equal(5, posted.GetProperty("minYearsExperience").GetInt32());
        Assert.Equal(["e-learning"], posted.GetProperty("optionalSkills").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(2, posted.GetProperty("positions").GetInt32());

        // The opportunity's investor: a pseudonym (the one the API gives the organisation), no name, until introduced.
        var listed = await web.GetJsonAsync($"/api/opportunities/{opportunityId}/interests", member);
        var pseudonym = listed.GetProperty("investors")[0].GetProperty("expertId").GetString()!;
        var row = page.Locator($"#own-opps li[data-opportunity-id='{opportunityId}'] .investors li");
        var since = listed.GetProperty("investors")[0].GetProperty("at").GetDateTimeOffset().UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await Expect(row).ToHaveTextAsync(ui.Format("flowd.investorPseudonym", ("pseudonym", pseudonym), ("date", since)));
        await Expect(row.Locator("bdi")).ToHaveTextAsync([pseudonym, since]);
        await Expect(page.Locator($"#own-opps li[data-opportunity-id='{opportunityId}']")).Not.ToContainTextAsync("Youssef");

        var introduced = await WebApi.PostAsync(web, $"/api/opportunities/{opportunityId}/introductions", WebApi.Staff, $$"""{"expertId":"{{investor}}"}""");
        var on = introduced.GetProperty("introducedAt").GetDateTimeOffset().UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.ReloadAsync();
        await Expect(row).ToContainTextAsync(ui.Format("flowd.investorIntroduced", ("name", "Youssef Alaoui"), ("date", on)));
        await Expect(row.Locator("a[href^='mailto:']")).ToHaveTextAsync($"youssef.{language}@example.org");
        await Screenshots.TakeAtAsync(page, row, $"flowd-institution-{language}-investors");
        await PageChecks.NoOverflowNoSeriousViolationAsync(page, $"institution investors in {language}");
        await page.Context.CloseAsync();

        var phone = await web.NewPageAsync(320, 740);
        await SignIn.AsAsync(phone, "institution", member.Subject, Organisation);
        await SwitchAndReloadAsync(phone, language);
        await Expect(phone.Locator($"#own-opps li[data-opportunity-id='{opportunityId}'] .investors li a")).ToBeVisibleAsync();
        await phone.Locator("#n-add-language").ClickAsync();
        await PageChecks.NoOverflowNoSeriousViolationAsync(phone, $"institution page on a phone in {language}");
        await phone.Context.CloseAsync();
    }

    /// <summary>The need the form posted, found by its title among the organisation's needs.</summary>
    private async Task<JsonElement> FindNeedAsync(string title)
    {
        var ids = (await web.GetJsonAsync($"/api/needs?limit=1000&organisationId={Organisation}", WebApi.Staff)).GetProperty("ids").EnumerateArray().Select(i => i.GetString()!);
        foreach (var id in ids)
        {
            var need = await WebApi.NeedAsync(web, id);
            if (need.GetProperty("title").GetString() == title)
            {
                return need;
            }
        }

        throw new InvalidOperationException($"no need titled {title}");
    }
}
