using DiasporaMatch.Access;
using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

/// <summary>#18 item 4: a staff member saves a filter of the needs list, finds it again in another browser and in French, applies and deletes it.</summary>
[Collection(WebCollection.Name)]
public sealed class StaffSavedFiltersTests(WebFixture web)
{
    private const string Subject = "STAFF-SAVED";

    [Fact]
    public async Task StaffNeeds_SaveAFilter_ItFollowsThePersonAndApplies()
    {
        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "staff", Subject);
        await Expect(page.Locator("#needs-state")).ToContainTextAsync("needs shown.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save this filter" }).ClickAsync();
        await Expect(page.Locator(".saved-filters-state")).ToHaveTextAsync("Give the filter a name first.");
        await Expect(page.GetByLabel("Name of this filter")).ToBeFocusedAsync();

        await page.GetByLabel("Sector").SelectOptionAsync("health");
        await page.GetByLabel("Sort by").SelectOptionAsync("-window");
        await page.GetByLabel("Name of this filter").FillAsync("Health, latest first");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save this filter" }).ClickAsync();
        await Expect(page.Locator(".saved-filters-state")).ToHaveTextAsync("Filter “Health, latest first” saved.");
        var stored = await web.GetJsonAsync("/api/saved-filters", new Caller(Role.Staff, Subject));
        var filter = Assert.Single(stored.GetProperty("filters").EnumerateArray());
        Assert.Equal(("needs", "health", "-window", "open"), (filter.GetProperty("list").GetString(), filter.GetProperty("query").GetProperty("sector").GetString(),
            filter.GetProperty("query").GetProperty("sort").GetString(), filter.GetProperty("query").GetProperty("state").GetString()));
        await page.Context.CloseAsync();

        // Another browser, in French: the filter is there; choosing it fills the form and lists what the server answers for it.
        page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "staff", Subject);
        await page.Locator("#lang").SelectOptionAsync("fr");
        var saved = page.GetByLabel("Filtres enregistrés");
        await Expect(saved.Locator("option")).ToHaveTextAsync(["— choisir —", "Health, latest first"]);
        await saved.SelectOptionAsync("Health, latest first");
        await Expect(page.GetByLabel("Secteur")).ToHaveValueAsync("health");
        await Expect(page.GetByLabel("Trier par")).ToHaveValueAsync("-window");
        await Expect(page.Locator(".saved-filters-state")).ToHaveTextAsync("Filtre « Health, latest first » appliqué.");
        var expected = (await web.GetJsonAsync("/api/needs?state=open&sector=health&sort=-window&limit=20", WebApi.Staff))
            .GetProperty("ids").EnumerateArray().Select(e => e.GetString()!).ToList();
        var buttons = page.Locator("#needs .need-button");
        await Expect(buttons).ToHaveCountAsync(expected.Count);
        Assert.Equal(expected, await buttons.EvaluateAllAsync<string[]>("bs => bs.map(b => b.dataset.needId)"));
        await PageChecks.NoOverflowNoSeriousViolationAsync(page, "staff saved filters (fr)");
        await Screenshots.TakeAtAsync(page, page.Locator("#needs-filter + .saved-filters"), "staff-saved-filters-fr");

        await page.GetByRole(AriaRole.Button, new() { Name = "Supprimer le filtre choisi" }).ClickAsync();
        await Expect(page.Locator(".saved-filters-state")).ToHaveTextAsync("Filtre « Health, latest first » supprimé.");
        await Expect(saved.Locator("option")).ToHaveCountAsync(1);
        Assert.Empty((await web.GetJsonAsync("/api/saved-filters", new Caller(Role.Staff, Subject))).GetProperty("filters").EnumerateArray());
        await page.Context.CloseAsync();
    }
}
