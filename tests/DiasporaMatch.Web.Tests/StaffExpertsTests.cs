using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

/// <summary>#18 items 4 and 5: staff search the experts on the server, open a profile and see its probable duplicates, in en, fr and ar.</summary>
[Collection(WebCollection.Name)]
public sealed class StaffExpertsTests(WebFixture web)
{
    [Fact]
    public async Task StaffExperts_SearchOpenAndDuplicates_AsTheServerAnswers()
    {
        var original = await web.GetJsonAsync("/api/profiles/E-000010", WebApi.Staff);
        var name = original.GetProperty("fullName").GetString()!;
        var email = original.GetProperty("email").GetString()!;
        var country = original.GetProperty("countryOfResidence").GetString()!;
        var copy = await WebApi.PostAsync(web, "/api/profiles", WebApi.Staff, $$$"""
            {"id":"E-DUP-10","fullName":"{{{name}}}","email":"{{{email}}}","countryOfResidence":"{{{country}}}",
             "consent":{"given":true,"version":"2026-01","at":"2026-11-01T10:00:00Z"}}
            """);
        Assert.Contains(copy.GetProperty("probableDuplicates").EnumerateArray(), d => d.GetProperty("duplicateOf").GetString() == "E-000010");

        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "staff", "STAFF-1");
        await page.GetByRole(AriaRole.Link, new() { Name = "Experts" }).ClickAsync();
        await Expect(page.Locator("#experts-state")).ToContainTextAsync("experts shown.");

        await page.GetByLabel("Sector").SelectOptionAsync("health");
        await page.GetByLabel("Sort by").SelectOptionAsync("-experience");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        var expected = (await web.GetJsonAsync("/api/profiles?sector=health&sort=-experience&limit=20", WebApi.Staff))
            .GetProperty("ids").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var buttons = page.Locator("#experts .need-button");
        await Expect(buttons).ToHaveCountAsync(expected.Length);
        Assert.Equal(expected, await buttons.EvaluateAllAsync<string[]>("bs => bs.map(b => b.dataset.expertId)"));

        await page.GetByLabel("Sector").SelectOptionAsync("");
        await page.GetByLabel("Search").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page.Locator("#experts .need-button[data-expert-id='E-DUP-10']")).ToBeVisibleAsync();
        await page.Locator("#experts .need-button[data-expert-id='E-000010']").ClickAsync();
        await Expect(page.Locator("#expert-title")).ToHaveTextAsync(name);
        await Expect(page.Locator("#expert-facts")).ToContainTextAsync("E-000010");
        var duplicate = page.Locator("#duplicates li[data-duplicate-of='E-DUP-10']");
        await Expect(duplicate).ToContainTextAsync("Probably the same person as E-DUP-10");
        await Expect(duplicate).ToContainTextAsync("email, name");
        await Screenshots.TakeAsync(page, "staff-expert-duplicates");

        await page.Locator("#lang").SelectOptionAsync("fr");
        await Expect(duplicate).ToContainTextAsync("Probablement la même personne que E-DUP-10");
        await Screenshots.TakeAsync(page, "staff-expert-duplicates-fr");
        await page.Locator("#lang").SelectOptionAsync("ar");
        await Expect(duplicate).ToContainTextAsync("على الأرجح الشخص نفسه");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "تكرارات محتملة" })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "staff-expert-duplicates-ar");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task StaffExperts_PeriodEndingBeforeItStarts_SaysWhichFilterToFix()
    {
        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "staff", "STAFF-EXP-FILTER");
        await page.GetByRole(AriaRole.Link, new() { Name = "Experts" }).ClickAsync();
        await Expect(page.Locator("#experts-state")).ToContainTextAsync("experts shown.");

        // The server's 400 names the field; the page names the filter by its label.
        await page.GetByLabel("Available from").FillAsync("2027-05-01");
        await page.GetByLabel("Available until").FillAsync("2027-04-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page.Locator("#experts-filter-error")).ToHaveTextAsync("Check this filter: Available until.");
        await Expect(page.Locator("#experts-state")).ToHaveTextAsync("Loading failed (400).");
        await Expect(page.Locator("#experts .need-button")).ToHaveCountAsync(0);

        await page.GetByLabel("Available until").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page.Locator("#experts-filter-error")).ToBeHiddenAsync();
        await Expect(page.Locator("#experts-state")).ToContainTextAsync("experts shown.");
        await page.Context.CloseAsync();
    }
}
