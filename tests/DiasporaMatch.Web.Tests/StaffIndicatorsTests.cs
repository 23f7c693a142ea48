using System.Text;
using System.Text.RegularExpressions;
using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

/// <summary>The dashboard's indicators over a period: picked period and breakdown, table, server-drawn charts and an export, in French and Arabic.</summary>
[Collection(WebCollection.Name)]
public sealed class StaffIndicatorsTests(WebFixture web)
{
    [Fact]
    public async Task Staff_picks_a_period_and_a_breakdown_and_reads_the_indicators_in_french_and_arabic()
    {
        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "staff", "STAFF-1");
        await page.GetByLabel("Language").SelectOptionAsync("fr");
        await page.GotoAsync("/#/staff/dashboard");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Indicateurs sur une période" })).ToBeVisibleAsync();

        await page.GetByLabel("Du", new() { Exact = true }).FillAsync("2020-01-01");
        await page.GetByLabel("Au", new() { Exact = true }).FillAsync("2030-12-31");
        await page.GetByLabel("Répartir par").SelectOptionAsync("sector");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();

        await Expect(page.Locator("#ind-state")).ToContainTextAsync("du 2020-01-01 au 2030-12-31");
        await Expect(page.Locator("#ind-table thead th").First).ToHaveTextAsync("Secteur");
        await Expect(page.Locator("#ind-table thead th").Nth(6)).ToHaveTextAsync("Jours-personnes");
        Assert.True(await page.Locator("#ind-table tbody tr").CountAsync() > 0);
        var chart = page.Locator("#ind-chart-person-days");
        await Expect(chart).ToHaveAttributeAsync("alt", new Regex("^Diagramme en barres des jours-personnes par secteur, du 2020-01-01 au 2030-12-31"));
        await page.WaitForFunctionAsync("() => { const img = document.querySelector('#ind-chart-missions'); return img.src.startsWith('blob:') && img.complete && img.naturalWidth > 0; }", null, new() { Timeout = 15000 });

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Indicateurs (CSV)" }).ClickAsync());
        Assert.Equal("dmatch-indicators-2020-01-01-2030-12-31.csv", download.SuggestedFilename);
        var csv = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), csv[..3]);
        Assert.Contains("by,sector", Encoding.UTF8.GetString(csv), StringComparison.Ordinal);
        await Screenshots.TakeAtAsync(page, page.Locator("#ind-chart-person-days"), "staff-indicators");

        await page.GetByLabel("Langue").SelectOptionAsync("ar");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("#ind-table thead th").First).ToHaveTextAsync("القطاع");
        await Expect(chart).ToHaveAttributeAsync("alt", new Regex("^مخطط أعمدة لأيام العمل حسب القطاع"));
        await page.WaitForFunctionAsync("() => { const img = document.querySelector('#ind-chart-person-days'); return img.src.startsWith('blob:') && img.complete && img.naturalWidth > 0; }", null, new() { Timeout = 15000 });
        await Screenshots.TakeAtAsync(page, page.Locator("#ind-chart-person-days"), "staff-indicators-ar");
        await page.GetByLabel("اللغة").SelectOptionAsync("en");
        await page.Context.CloseAsync();
    }
}
