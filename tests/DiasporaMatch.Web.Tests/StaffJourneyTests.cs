using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

[Collection(WebCollection.Name)]
public sealed class StaffJourneyTests(WebFixture web)
{
    [Fact]
    public async Task Staff_opens_a_need_and_sees_ranked_candidates_with_reasons_and_score_bars()
    {
        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "staff", "STAFF-1");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Open needs" })).ToBeVisibleAsync();
        await Expect(page.Locator("#needs-state")).ToContainTextAsync("needs shown.");
        await Expect(page.Locator("#session-who")).ToHaveTextAsync("Signed in: STAFF-1 (Programme staff)");

        var need = page.Locator("#needs .need-button").First;
        var title = await need.Locator(".need-name").TextContentAsync();
        await need.ClickAsync();
        await Expect(page.Locator("#need-title")).ToHaveTextAsync(title!);
        await Expect(need).ToHaveAttributeAsync("aria-current", "true");
        await Expect(page.Locator("#candidates-state")).ToContainTextAsync("candidates, ranked by");
        var candidate = page.Locator("#candidates > li").First;
        await Expect(candidate.Locator("h4")).ToContainTextAsync("(E-");
        await Expect(candidate.Locator(".reasons li").First).Not.ToBeEmptyAsync();
        // The top candidate's strength is 100 by definition; no raw score is shown.
        await Expect(candidate.Locator(".score-bar")).ToHaveAttributeAsync("aria-label", "match strength 100/100");
        await Screenshots.TakeAsync(page, "staff-candidates");

        // Arabic: the whole page turns right-to-left and the heading is translated.
        await page.GetByLabel("Language").SelectOptionAsync("ar");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "الاحتياجات المفتوحة" })).ToBeVisibleAsync();
        await Expect(page.Locator("#session-who")).ToHaveTextAsync("متصل: STAFF-1 (فريق البرنامج)");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "تسجيل الخروج" })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "staff-candidates-ar");

        await page.GetByLabel("اللغة").SelectOptionAsync("fr");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Besoins ouverts" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
