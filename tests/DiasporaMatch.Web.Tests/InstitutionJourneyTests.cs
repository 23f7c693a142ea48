using System.Text.RegularExpressions;
using DiasporaMatch.Access;
using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

[Collection(WebCollection.Name)]
public sealed partial class InstitutionJourneyTests(WebFixture web)
{
    [Fact]
    public async Task Institution_member_posts_a_need_for_their_organisation()
    {
        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "institution", "U-WEB-1", "ORG-003");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Post a need" })).ToBeVisibleAsync();
        await Expect(page.Locator("#need-org")).ToHaveTextAsync("For Commune de Laâyoune.");

        // The page also holds the opportunity form (Title, Sector…): the need form is the scope.
        var form = page.Locator("#need-form");
        await form.GetByLabel("Title").FillAsync("Train municipal procurement officers");
        await form.GetByLabel("Description").FillAsync("Two weeks of hands-on training on e-procurement.");
        await form.GetByLabel("Sector").SelectOptionAsync("public-services");
        await form.GetByLabel("Region").SelectOptionAsync("MA-11");
        await form.GetByLabel("City").FillAsync("Laâyoune");
        await form.GetByLabel("Required skills").FillAsync("tender document preparation\ncontract monitoring");
        await page.Locator("#n-add-language").ClickAsync();
        await page.Locator("#n-lang-0").SelectOptionAsync("fr");
        await page.Locator("#n-level-0").SelectOptionAsync("B2");
        await form.GetByLabel("From", new() { Exact = true }).FillAsync("2027-03-01");
        await form.GetByLabel("To", new() { Exact = true }).FillAsync("2027-03-10");
        await form.GetByLabel("Duration (days)").FillAsync("30");
        await Screenshots.TakeAsync(page, "institution-need-form");
        await form.GetByRole(AriaRole.Button, new() { Name = "Post the need" }).ClickAsync();

        // 30 days do not fit a 10-day window: the server says so, and the page shows it.
        await Expect(page.Locator("#need-form .error-summary")).ToBeVisibleAsync();
        await Expect(page.Locator("#need-form .field-error").First).Not.ToBeEmptyAsync();
        await form.GetByLabel("To", new() { Exact = true }).FillAsync("2027-06-30");
        await form.GetByRole(AriaRole.Button, new() { Name = "Post the need" }).ClickAsync();

        var posted = page.Locator("#need-posted");
        await Expect(posted).ToHaveTextAsync(PostedPattern());
        var id = PostedPattern().Match((await posted.TextContentAsync())!).Groups["id"].Value;
        await Screenshots.TakeAsync(page, "institution-need-posted");

        var need = await web.GetJsonAsync($"/api/needs/{id}", new Caller(Role.Staff, "STAFF-1"));
        Assert.Equal("ORG-003", need.GetProperty("organisationId").GetString());
        Assert.Equal("Train municipal procurement officers", need.GetProperty("title").GetString());
        Assert.Equal("MA-11", need.GetProperty("region").GetString());
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"^Need (?<id>\S+) posted\.$")]
    private static partial Regex PostedPattern();
}
