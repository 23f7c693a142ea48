using System.Text.RegularExpressions;
using DiasporaMatch.Access;
using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

/// <summary>#18 item 4: the staff investment view lists opportunities with their interested investors by name and introduces one to the organisation.</summary>
[Collection(WebCollection.Name)]
public sealed partial class StaffInvestmentsTests(WebFixture web)
{
    private const string Investor = "E-WEB-SI";

    [Fact]
    public async Task StaffInvestments_InterestedInvestor_IsIntroducedInOneClick()
    {
        await WebApi.PostAsync(web, "/api/profiles", new Caller(Role.Expert, Investor), """
            {"fullName":"Karim Bennani","email":"karim.si@example.org","countryOfResidence":"BE","languages":[{"code":"fr","level":"C2"}],
             "skills":["financial analysis"],"investment":{"sectors":["energy"],"regions":["MA-01"],"ticketMinEur":50000,"ticketMaxEur":400000},
             "consent":{"given":true,"version":"2026-01","at":"2026-11-01T10:00:00Z"}}
            """);
        // An id that sorts before the sample's, so the opportunity is on the list's first page.
        const string opportunity = "O-0000-SI";
        var member = new Caller(Role.Institution, "U-WEB-SI", "ORG-001");
        await WebApi.PostAsync(web, "/api/opportunities", member, $$"""
            {"id":"{{opportunity}}","organisationId":"ORG-001","title":"Centrale solaire de Tanger","country":"MA","region":"MA-01","sector":"energy","amountSoughtEur":250000,"stage":"expand"}
            """);
        await WebApi.PostAsync(web, $"/api/opportunities/{opportunity}/interest", new Caller(Role.Expert, Investor), "{}");

        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "staff", "STAFF-1");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" }).GetByRole(AriaRole.Link, new() { Name = "Investments" }).ClickAsync();
        var item = page.Locator($"#si-opportunities > li[data-opportunity-id='{opportunity}']");
        var row = item.Locator($"li.investor[data-expert-id='{Investor}']");
        await Expect(row).ToContainTextAsync(InterestedSince());
        await Expect(page.Locator("#si-state")).ToHaveTextAsync(new Regex(@"^\d+ opportunities shown\.$"));

        await row.GetByRole(AriaRole.Button, new() { Name = "Introduce to the organisation" }).ClickAsync();

        await Expect(page.Locator("#announce")).ToContainTextAsync("Karim Bennani introduced to");
        await Expect(row).ToHaveClassAsync(new Regex(@"\bintroduced\b"));
        await Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        var interests = await web.GetJsonAsync($"/api/opportunities/{opportunity}/interests", WebApi.Staff);
        Assert.True(interests.GetProperty("investors").EnumerateArray().Single(i => i.GetProperty("expertId").GetString() == Investor).GetProperty("introduced").GetBoolean());

        await page.Locator("#lang").SelectOptionAsync("fr");
        await Expect(row).ToContainTextAsync("présenté·e le");
        await Expect(item.Locator("p").Nth(1)).ToContainTextAsync("Investisseurs intéressés");
        await Expect(item.Locator("p").First).ToContainTextAsync("Énergie");
        await PageChecks.NoOverflowNoSeriousViolationAsync(page, "staff investments (fr)");
        await Screenshots.TakeAtAsync(page, item, "staff-investments-fr");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"Karim Bennani \(E-WEB-SI\), interested since \d{4}-\d{2}-\d{2}")]
    private static partial Regex InterestedSince();
}
