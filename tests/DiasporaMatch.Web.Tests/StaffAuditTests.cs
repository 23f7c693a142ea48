using DiasporaMatch.Access;
using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

/// <summary>The audit trail in French, kept to one kind of record and one role: actions and roles in words, not codes.</summary>
[Collection(WebCollection.Name)]
public sealed class StaffAuditTests(WebFixture web)
{
    [Fact]
    public async Task Staff_filters_the_audit_trail_to_needs_posted_by_institutions_in_French()
    {
        await WebApi.PostAsync(web, "/api/needs", new Caller(Role.Institution, "U-WEB-AUDIT", "ORG-012"), """
            {"organisationId":"ORG-012","title":"Audit des procédures d'achat","country":"MA","region":"MA-04","sector":"education",
             "requiredSkills":["public procurement"],"window":{"from":"2027-09-01","to":"2027-12-15"},"durationDays":20,"onSite":true}
            """);
        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "staff", "STAFF-1");
        await page.GetByLabel("Language").SelectOptionAsync("fr");
        await page.GotoAsync("/#/staff/audit");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Journal d'audit" })).ToBeVisibleAsync();

        await page.GetByLabel("Type de fiche").SelectOptionAsync(new SelectOptionValue { Label = "Besoin" });
        await page.GetByLabel("Rôle").SelectOptionAsync(new SelectOptionValue { Label = "Membre d'une institution" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();

        var rows = page.Locator("#audit-table tbody tr");
        await Expect(rows.First).ToContainTextAsync("Besoin · créé");
        foreach (var row in await rows.AllAsync())
        {
            await Expect(row.Locator("td").Nth(1)).ToContainTextAsync("(Membre d'une institution)");
            await Expect(row.Locator("td").Nth(2)).ToContainTextAsync("Besoin · ");
        }

        await Screenshots.TakeAsync(page, "staff-audit-fr-filtered");
        await page.Context.CloseAsync();
    }
}
