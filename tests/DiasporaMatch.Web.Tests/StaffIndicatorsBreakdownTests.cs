using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using DiasporaMatch.Access;
using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

/// <summary>
/// The dashboard's indicators by the experts' country of residence and gender, in French and Arabic: three sample
/// experts living in Germany (none declared a gender) each get a mission walked to approval, so Germany and "not
/// declared" are groups large enough to be shown by name, in the page's language, with no axe violation.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class StaffIndicatorsBreakdownTests(WebFixture web)
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>Experts and needs no other browser test uses (the needs' windows hold none of the dates the others look for).</summary>
    private static readonly (string Expert, string Need)[] Missions = [("E-000061", "N-0151"), ("E-000062", "N-0152"), ("E-000063", "N-0153")];

    [Fact]
    public async Task Staff_splits_the_indicators_by_country_of_residence_and_gender_in_french_and_arabic()
    {
        foreach (var (expert, needId) in Missions)
        {
            Assert.Equal("DE", (await web.GetJsonAsync($"/api/profiles/{expert}", WebApi.Staff)).GetProperty("countryOfResidence").GetString());
            var need = await WebApi.NeedAsync(web, needId);
            var date = need.GetProperty("window").GetProperty("from").GetString()!;
            var organisation = need.GetProperty("organisationId").GetString()!;
            await WebApi.AssignmentAsync(web, needId, expert, date, date,
                ("proposed", WebApi.Staff), ("accepted", new Caller(Role.Expert, expert)), ("confirmed", new Caller(Role.Institution, "U-1", organisation)), ("approved", WebApi.Staff));
        }

        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "staff", "STAFF-1");
        await page.GetByLabel("Language").SelectOptionAsync("fr");
        await page.GotoAsync("/#/staff/dashboard");
        await page.GetByLabel("Du", new() { Exact = true }).FillAsync("2020-01-01");
        await page.GetByLabel("Au", new() { Exact = true }).FillAsync("2030-12-31");
        await page.GetByLabel("Répartir par").SelectOptionAsync("countryOfResidence");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();

        await Expect(page.Locator("#ind-table thead th").First).ToHaveTextAsync("Pays de résidence");
        var french = await GroupNamesAsync("fr", "countryOfResidence");
        Assert.True(french.Contains("Allemagne") || french.Contains(UiStrings.Of("fr")["ind.group.small-groups"]), string.Join(", ", french));
        await Expect(page.Locator("#ind-table tbody th")).ToHaveTextAsync(french);
        await Expect(page.Locator("#ind-table tbody tr").First.Locator("td").First).ToHaveTextAsync("—"); // needs have no expert: not counted by country
        await Expect(page.Locator("#ind-note")).ToBeVisibleAsync();
        await Expect(page.Locator("#ind-note")).ToContainTextAsync("moins de 3 missions");
        // Each chart's text alternative is set once its image is fetched: the last one says both are there.
        await Expect(page.Locator("#ind-chart-missions")).ToHaveAttributeAsync("alt", new Regex("^Diagramme en barres des missions .* par pays de résidence"));
        await ChartsDrawnAsync(page);
        await AssertAccessibleAsync(page, "fr, by country");
        await Screenshots.TakeAtAsync(page, page.Locator("#ind-table"), "staff-indicators-country");

        await page.GetByLabel("Langue").SelectOptionAsync("ar");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("#ind-table thead th").First).ToHaveTextAsync("بلد الإقامة");
        await Expect(page.Locator("#ind-table tbody th")).ToHaveTextAsync(await GroupNamesAsync("ar", "countryOfResidence"));
        await Expect(page.Locator("#ind-chart-missions")).ToHaveAttributeAsync("alt", new Regex("^مخطط أعمدة للمهام .* حسب بلد الإقامة"));
        await ChartsDrawnAsync(page);
        await AssertAccessibleAsync(page, "ar, by country");
        await Screenshots.TakeAtAsync(page, page.Locator("#ind-table"), "staff-indicators-country-ar");

        await page.GetByLabel("التوزيع حسب").SelectOptionAsync("gender");
        await page.Locator("#ind-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#ind-table thead th").First).ToHaveTextAsync("النوع الاجتماعي (المصرّح به)");
        await Expect(page.Locator("#ind-table tbody th", new() { HasTextString = "غير مصرّح به" })).ToHaveCountAsync(1);
        await Expect(page.Locator("#ind-table tbody th", new() { HasTextString = "not-declared" })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(page, "ar, by gender");
        await page.GetByLabel("اللغة").SelectOptionAsync("en");
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// The groups the API gives for the test's period, named in <paramref name="language"/> as the page must name them.
    /// Which groups stand on their own depends on every mission in the period, other tests' included (while the pool
    /// of small groups holds fewer than 3 missions the smallest group joins it), so the API says which they are.
    /// </summary>
    private async Task<string[]> GroupNamesAsync(string language, string by)
    {
        var served = await web.GetJsonAsync($"/api/programme/indicators?from=2020-01-01&to=2030-12-31&by={by}", WebApi.Staff);
        var names = await web.GetJsonAsync($"/api/reference?lang={language}", WebApi.Staff);
        var ui = UiStrings.Of(language);
        return [.. served.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetString()!)
            .Select(key => key is "unknown" or "not-declared" or "small-groups" ? ui[$"ind.group.{key}"] : names.GetProperty("countries").GetProperty(key).GetString()!)];
    }

    /// <summary>Both server-drawn charts fetched and decoded (bounded wait).</summary>
    private static async Task ChartsDrawnAsync(IPage page) =>
        await page.WaitForFunctionAsync(
            "() => ['#ind-chart-person-days', '#ind-chart-missions'].every(id => { const img = document.querySelector(id); return img.src.startsWith('blob:') && img.complete && img.naturalWidth > 0; })",
            null,
            new() { Timeout = 15000 });

    private static async Task AssertAccessibleAsync(IPage page, string what)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, $"{what}: {string.Join("; ", serious)}");
    }
}
