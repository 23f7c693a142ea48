using DiasporaMatch.Access;
using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

/// <summary>The expert's availability periods and investment interest: entered, saved, read back, and in Arabic.</summary>
[Collection(WebCollection.Name)]
public sealed class ExpertAvailabilityInvestmentTests(WebFixture web)
{
    [Fact]
    public async Task Expert_adds_two_periods_and_an_investment_interest_saves_reloads_sees_them_and_the_opportunity_that_fits()
    {
        // An investment centre's opportunity that fits the interest entered below in sector, region, ticket, stage and support.
        await WebApi.PostAsync(web, "/api/opportunities", new Caller(Role.Institution, "U-WEB-INV", "ORG-003"),
            """{"organisationId":"ORG-003","title":"Date palm nursery in Errachidia","country":"MA","region":"MA-08","sector":"agri-food","amountSoughtEur":60000,"stage":"create","supportOffered":["accès au foncier"]}""");

        var page = await web.NewPageAsync(1280, 2300); // tall enough for the whole form beside the opportunities
        await SignIn.AsAsync(page, "expert", "E-WEB-AV1");
        await Expect(page.Locator("#profile-state")).ToHaveTextAsync("New profile E-WEB-AV1: fill it in, then save.");
        await page.GetByLabel("Full name").FillAsync("Karim Ouazzani");
        await page.GetByLabel("Country of residence").SelectOptionAsync("BE");

        var first = page.GetByRole(AriaRole.Group, new() { Name = "Period 1" });
        await first.GetByLabel("From", new() { Exact = true }).FillAsync("2027-03-01");
        await first.GetByLabel("To", new() { Exact = true }).FillAsync("2027-03-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a period" }).ClickAsync();
        var second = page.GetByRole(AriaRole.Group, new() { Name = "Period 2" });
        await Expect(second.GetByLabel("From", new() { Exact = true })).ToBeFocusedAsync();
        await second.GetByLabel("From", new() { Exact = true }).FillAsync("2027-03-25");
        await second.GetByLabel("To", new() { Exact = true }).FillAsync("2027-04-10");

        // A third period, removed again: focus goes back to the list.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a period" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove period 3" }).ClickAsync();
        await Expect(page.Locator("#p-availability > .period-row")).ToHaveCountAsync(2);
        await Expect(second.GetByLabel("From", new() { Exact = true })).ToBeFocusedAsync();

        // The month strip opens on the first period's month and counts the days covered (20 + 7 in March).
        await Expect(page.Locator("#p-month .month-summary")).ToHaveTextAsync("March 2027: available 27 of 31 days.");
        await Expect(page.Locator("#p-month .month-days li.on")).ToHaveCountAsync(27);

        var investment = page.GetByRole(AriaRole.Group, new() { Name = "Investment interests (optional)" });
        await investment.GetByLabel("Agriculture and food").CheckAsync();
        await investment.GetByLabel("Drâa-Tafilalet").CheckAsync();
        await investment.GetByLabel("Smallest ticket (EUR)").FillAsync("20000");
        await investment.GetByLabel("Largest ticket (EUR)").FillAsync("150000");
        await investment.GetByLabel("Project stage").SelectOptionAsync("create");
        await investment.GetByLabel("Support you look for").FillAsync("land access\nmentoring");
        await page.GetByLabel("I agree that my data is used").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.Locator("#profile-state")).ToHaveTextAsync("Profile E-WEB-AV1 saved.");

        // "Opportunities for you" now answers the interest: the fitting opportunity first, with its reasons.
        var opportunity = page.Locator("#opps > li").First;
        await Expect(opportunity.Locator("h3")).ToHaveTextAsync("Date palm nursery in Errachidia");
        await Expect(opportunity.Locator(".reasons")).ToContainTextAsync("in the Agriculture and food sector you invest in");
        await Expect(opportunity.Locator(".reasons")).ToContainTextAsync("in Drâa-Tafilalet, a region you chose");
        await Expect(opportunity.Locator(".reasons")).ToContainTextAsync("offers land access, which you look for");
        await Screenshots.TakeAsync(page, "expert-availability-investment");

        var stored = await web.GetJsonAsync("/api/profiles/E-WEB-AV1", WebApi.Staff);
        Assert.Equal(
            [("2027-03-01", "2027-03-20"), ("2027-03-25", "2027-04-10")],
            stored.GetProperty("availability").EnumerateArray().Select(r => (r.GetProperty("from").GetString(), r.GetProperty("to").GetString())));
        var interest = stored.GetProperty("investment");
        Assert.Equal(["agri-food"], interest.GetProperty("sectors").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["MA-08"], interest.GetProperty("regions").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal((20000m, 150000m, "create"), (interest.GetProperty("ticketMinEur").GetDecimal(), interest.GetProperty("ticketMaxEur").GetDecimal(), interest.GetProperty("stage").GetString()));
        Assert.Equal(["land access", "mentoring"], interest.GetProperty("supportWanted").EnumerateArray().Select(s => s.GetString()));

        // Reloaded, the page shows what was saved.
        await page.ReloadAsync();
        await Expect(page.Locator("#profile-state")).ToHaveTextAsync("Profile E-WEB-AV1 saved.");
        await Expect(page.Locator("#p-availability > .period-row")).ToHaveCountAsync(2);
        await Expect(page.Locator("#p-from-0")).ToHaveValueAsync("2027-03-01");
        await Expect(page.Locator("#p-to-0")).ToHaveValueAsync("2027-03-20");
        await Expect(page.Locator("#p-from-1")).ToHaveValueAsync("2027-03-25");
        await Expect(page.Locator("#p-to-1")).ToHaveValueAsync("2027-04-10");
        investment = page.GetByRole(AriaRole.Group, new() { Name = "Investment interests (optional)" });
        await Expect(investment.GetByLabel("Agriculture and food")).ToBeCheckedAsync();
        await Expect(investment.GetByLabel("Drâa-Tafilalet")).ToBeCheckedAsync();
        await Expect(investment.GetByLabel("Health", new() { Exact = true })).Not.ToBeCheckedAsync();
        await Expect(investment.GetByLabel("Smallest ticket (EUR)")).ToHaveValueAsync("20000");
        await Expect(investment.GetByLabel("Largest ticket (EUR)")).ToHaveValueAsync("150000");
        await Expect(investment.GetByLabel("Project stage")).ToHaveValueAsync("create");
        await Expect(investment.GetByLabel("Support you look for")).ToHaveValueAsync("land access\nmentoring");
        await Expect(page.Locator("#opps > li").First.Locator("h3")).ToHaveTextAsync("Date palm nursery in Errachidia");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task In_Arabic_the_periods_and_the_investment_fields_run_right_to_left_and_the_browsers_check_speaks_Arabic()
    {
        var page = await web.NewPageAsync(1280, 900, "ar-MA");
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "تسجيل الدخول" })).ToBeVisibleAsync();
        await page.GetByLabel("المعرّف").FillAsync("E-WEB-AR2");
        await page.GetByRole(AriaRole.Button, new() { Name = "متابعة" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");

        var period = page.GetByRole(AriaRole.Group, new() { Name = "الفترة 1" });
        var from = period.GetByLabel("من", new() { Exact = true });
        var to = period.GetByLabel("إلى", new() { Exact = true });
        await Expect(from).ToBeVisibleAsync();
        Assert.Equal("rtl", await page.Locator("#p-availability").EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        // Right to left: the period's first date sits to the right of the second, a tick box to the right of its words.
        Assert.True((await from.BoundingBoxAsync())!.X > (await to.BoundingBoxAsync())!.X, "'from' is not right of 'to'");
        var investment = page.GetByRole(AriaRole.Group, new() { Name = "اهتمامات الاستثمار (اختياري)" });
        var health = investment.GetByLabel("الصحة", new() { Exact = true });
        var healthText = investment.Locator("label:has(#p-inv-sector-health) span");
        Assert.True((await health.BoundingBoxAsync())!.X > (await healthText.BoundingBoxAsync())!.X, "the tick box is not right of its label");

        await page.GetByLabel("الاسم الكامل").FillAsync("نادية العمراني");
        await from.FillAsync("2027-05-10");
        await to.FillAsync("2027-05-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "حفظ الملف" }).ClickAsync();
        await Expect(page.Locator(".field:has(#p-to-0) .field-error")).ToHaveTextAsync("الفترة 1: تاريخ النهاية يسبق تاريخ البداية.");
        await Screenshots.TakeAtAsync(page, page.Locator("#p-availability"), "expert-availability-ar");
        await page.Context.CloseAsync();
    }
}
