using DiasporaMatch.Access;
using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

/// <summary>#18 items 1 and 4: staff move an approved mission's dates within the need's window, in French, and read the change (and the candidates' reasons) in Arabic.</summary>
[Collection(WebCollection.Name)]
public sealed class StaffRescheduleTests(WebFixture web)
{
    private const string Need = "N-0032"; // window 2027-01-29 to 2027-02-28
    private const string Expert = "E-000071";

    [Fact]
    public async Task StaffAssignments_ChangeDates_RefusedOutsideTheWindowOrOverABookingThenMoved()
    {
        var organisation = (await WebApi.NeedAsync(web, Need)).GetProperty("organisationId").GetString()!;
        var id = await WebApi.AssignmentAsync(web, Need, Expert, "2027-02-01", "2027-02-05",
            ("proposed", WebApi.Staff), ("accepted", new Caller(Role.Expert, Expert)), ("confirmed", new Caller(Role.Institution, "U-1", organisation)), ("approved", WebApi.Staff));
        var otherNeed = await WebApi.NeedCoveringAsync(web, "2027-02-20", except: Need);
        var otherOrganisation = (await WebApi.NeedAsync(web, otherNeed)).GetProperty("organisationId").GetString()!;
        var other = await WebApi.AssignmentAsync(web, otherNeed, Expert, "2027-02-20", "2027-02-20",
            ("proposed", WebApi.Staff), ("accepted", new Caller(Role.Expert, Expert)), ("confirmed", new Caller(Role.Institution, "U-1", otherOrganisation)), ("approved", WebApi.Staff));

        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "staff", "STAFF-1");
        await page.Locator("#lang").SelectOptionAsync("fr");
        await page.Locator("#nf-q").FillAsync("coach entrepreneuriat");
        await page.GetByRole(AriaRole.Button, new() { Name = "Appliquer" }).ClickAsync();
        await page.Locator($"#needs .need-button[data-need-id='{Need}']").ClickAsync();
        var row = page.Locator($"#assignments > li[data-assignment-id='{id}']");
        await row.GetByRole(AriaRole.Button, new() { Name = "Changer les dates" }).ClickAsync();
        await Expect(row.GetByLabel("Premier jour")).ToBeFocusedAsync();
        await Expect(row.GetByLabel("Premier jour")).ToHaveValueAsync("2027-02-01");

        // Past the need's window: the API's words, in French, beside the field at fault; nothing moves.
        await row.GetByLabel("Premier jour").FillAsync("2027-02-26");
        await row.GetByLabel("Dernier jour").FillAsync("2027-03-03");
        await row.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les nouvelles dates" }).ClickAsync();
        await Expect(row.Locator(".field[data-path='to'] .field-error")).ToHaveTextAsync("Choisissez des dates dans la période du besoin, du 2027-01-29 au 2027-02-28.");
        await Expect(row.GetByLabel("Dernier jour")).ToHaveAttributeAsync("aria-invalid", "true");

        // Over the expert's other booking: refused with the booking named, in French (the API sends it as data).
        await row.GetByLabel("Premier jour").FillAsync("2027-02-18");
        await row.GetByLabel("Dernier jour").FillAsync("2027-02-22");
        await row.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les nouvelles dates" }).ClickAsync();
        await Expect(row.Locator(".error-summary li")).ToHaveTextAsync("L'expert·e est déjà réservé·e du \u20682027-02-20\u2069 au \u20682027-02-20\u2069 (mission \u2068" + other + "\u2069).");
        Assert.Equal("2027-02-01", (await web.GetJsonAsync($"/api/assignments/{id}", WebApi.Staff)).GetProperty("from").GetString());

        await row.GetByLabel("Premier jour").FillAsync("2027-02-10");
        await row.GetByLabel("Dernier jour").FillAsync("2027-02-14");
        await row.GetByLabel("Pourquoi ? (facultatif, visible dans l'historique)").FillAsync("Le service ouvre une semaine plus tard.");
        await PageChecks.NoOverflowNoSeriousViolationAsync(page, "staff change dates (fr)");
        await Screenshots.TakeAtAsync(page, row, "staff-change-dates-fr");
        await row.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les nouvelles dates" }).ClickAsync();

        await Expect(page.Locator("#announce")).ToHaveTextAsync("Nouvelles dates : 2027-02-10 – 2027-02-14.");
        await Expect(row.Locator(".move-form")).ToHaveCountAsync(0);
        await Expect(row).ToContainTextAsync("2027-02-10 – 2027-02-14");
        await Expect(row).ToContainTextAsync("Dates déplacées ; avant : 2027-02-01 – 2027-02-05");
        var stored = await web.GetJsonAsync($"/api/assignments/{id}", WebApi.Staff);
        Assert.Equal(("2027-02-10", "2027-02-14", "approved"), (stored.GetProperty("from").GetString(), stored.GetProperty("to").GetString(), stored.GetProperty("state").GetString()));
        Assert.Equal("Le service ouvre une semaine plus tard.", stored.GetProperty("reschedules")[0].GetProperty("reason").GetString());

        // In Arabic the dates stay whole, each isolated from the right-to-left text around it, and the candidates'
        // reasons, worded by the API, are asked for again in Arabic.
        await page.Locator("#lang").SelectOptionAsync("ar");
        await Expect(page.Locator("#candidates > li").First.Locator(".reasons li").First).ToContainTextAsync("المهارات");
        await Expect(page.Locator("#candidates > li").First.Locator(".score > .score-number")).ToContainTextAsync("قوة التطابق");
        var moved = row.Locator("p", new() { HasText = "نُقلت التواريخ" });
        await Expect(moved.Locator("bdi")).ToHaveTextAsync(["2027-02-01", "2027-02-05"]);
        await Screenshots.TakeAtAsync(page, row, "staff-change-dates-ar");
        await page.Context.CloseAsync();
    }
}
