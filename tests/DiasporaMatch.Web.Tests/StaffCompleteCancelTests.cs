using DiasporaMatch.Access;
using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

/// <summary>#18 item 4: staff complete a mission with a rating and a report, cancel with a confirmed reason, and cannot propose over a booking.</summary>
[Collection(WebCollection.Name)]
public sealed class StaffCompleteCancelTests(WebFixture web)
{
    private const string Need = "N-0003";
    private const string Started = "E-000050";
    private const string Shortlisted = "E-000051";
    private const string Booked = "E-000052";

    [Fact]
    public async Task StaffAssignments_CompleteRateCancelAndConflict_AskBeforeMoving()
    {
        var need = await WebApi.NeedAsync(web, Need);
        var date = need.GetProperty("window").GetProperty("from").GetString()!;
        var organisation = need.GetProperty("organisationId").GetString()!;
        var started = await WebApi.AssignmentAsync(web, Need, Started, date, date,
            ("proposed", WebApi.Staff), ("accepted", new Caller(Role.Expert, Started)), ("confirmed", new Caller(Role.Institution, "U-1", organisation)),
            ("approved", WebApi.Staff), ("in-progress", WebApi.Staff));
        var shortlisted = await WebApi.AssignmentAsync(web, Need, Shortlisted, date, date);
        var otherNeed = await WebApi.NeedCoveringAsync(web, date, except: Need);
        var otherOrganisation = (await WebApi.NeedAsync(web, otherNeed)).GetProperty("organisationId").GetString()!;
        var booked = await WebApi.AssignmentAsync(web, otherNeed, Booked, date, date,
            ("proposed", WebApi.Staff), ("accepted", new Caller(Role.Expert, Booked)), ("confirmed", new Caller(Role.Institution, "U-1", otherOrganisation)), ("approved", WebApi.Staff));
        var clash = await WebApi.AssignmentAsync(web, Need, Booked, date, date);

        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "staff", "STAFF-1");
        await ShowNeedsInAnyStateAsync(page); // the sample's windows are fixed dates: by the real clock this need may have expired
        await page.Locator($"#needs .need-button[data-need-id='{Need}']").ClickAsync();

        // Complete: the rating is required, the report optional; both land on the assignment.
        var row = page.Locator($"#assignments > li[data-assignment-id='{started}']");
        await row.GetByRole(AriaRole.Button, new() { Name = "Complete and rate" }).ClickAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Mark as completed" }).ClickAsync();
        await Expect(row.Locator(".field-error")).ToHaveTextAsync("Choose a rating from 1 to 5.");
        await Expect(row.GetByLabel("Rating of the mission")).ToBeFocusedAsync();
        await row.GetByLabel("Rating of the mission").SelectOptionAsync("4");
        await row.GetByLabel("Short mission report (optional)").FillAsync("Trained twelve staff; follow-up in spring.");
        await Screenshots.TakeAtAsync(page, row, "staff-complete-rate");
        await row.GetByRole(AriaRole.Button, new() { Name = "Mark as completed" }).ClickAsync();
        await Expect(row.Locator("h4")).ToHaveTextAsync($"{Started} — completed");
        var stored = await web.GetJsonAsync($"/api/assignments/{started}", WebApi.Staff);
        Assert.Equal(4, stored.GetProperty("ratings")[0].GetProperty("value").GetInt32());
        var history = stored.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("Trained twelve staff; follow-up in spring.", history.GetProperty("reason").GetString());

        // Cancel, in French: a reason first, "keep" changes nothing, then the confirmation moves it.
        await page.Locator("#lang").SelectOptionAsync("fr");
        row = page.Locator($"#assignments > li[data-assignment-id='{shortlisted}']");
        await row.GetByRole(AriaRole.Button, new() { Name = "Annuler" }).ClickAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Confirmer l'annulation" }).ClickAsync();
        await Expect(row.Locator(".field-error")).ToHaveTextAsync("Indiquez la raison avant de confirmer.");
        await row.GetByRole(AriaRole.Button, new() { Name = "Ne rien changer" }).ClickAsync();
        await Expect(row.Locator(".move-form")).ToHaveCountAsync(0);
        Assert.Equal("shortlisted", (await web.GetJsonAsync($"/api/assignments/{shortlisted}", WebApi.Staff)).GetProperty("state").GetString());
        await row.GetByRole(AriaRole.Button, new() { Name = "Annuler" }).ClickAsync();
        await row.GetByLabel("Pourquoi ?").FillAsync("L'institution a reporté la mission.");
        await Screenshots.TakeAtAsync(page, row, "staff-cancel-reason-fr");
        await row.GetByRole(AriaRole.Button, new() { Name = "Confirmer l'annulation" }).ClickAsync();
        await Expect(row).ToHaveAttributeAsync("data-state", "cancelled");
        var cancelled = await web.GetJsonAsync($"/api/assignments/{shortlisted}", WebApi.Staff);
        Assert.Equal("L'institution a reporté la mission.", cancelled.GetProperty("history").EnumerateArray().Last().GetProperty("reason").GetString());

        // In Arabic: the expert shortlisted here is booked elsewhere on these dates, so "Propose" is disabled and says why.
        await page.Locator("#lang").SelectOptionAsync("ar");
        row = page.Locator($"#assignments > li[data-assignment-id='{clash}']");
        var propose = row.Locator("button").First;
        await Expect(propose).ToBeDisabledAsync();
        await Expect(propose).ToHaveAttributeAsync("aria-describedby", $"conflict-{clash}");
        await Expect(row.Locator(".conflict")).ToContainTextAsync(booked);
        await Screenshots.TakeAtAsync(page, row, "staff-propose-conflict-ar");
        await page.Context.CloseAsync();
    }

    /// <summary>The staff needs list opens on open needs; this asks for every state.</summary>
    private static async Task ShowNeedsInAnyStateAsync(Microsoft.Playwright.IPage page)
    {
        await page.Locator("#nf-state").SelectOptionAsync("");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
    }
}
