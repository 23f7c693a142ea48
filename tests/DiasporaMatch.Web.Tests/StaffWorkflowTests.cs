using System.Text.RegularExpressions;
using DiasporaMatch.Access;
using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

[Collection(WebCollection.Name)]
public sealed partial class StaffWorkflowTests(WebFixture web)
{
    [Fact]
    public async Task Staff_shortlists_and_proposes_a_candidate_then_sees_the_overlap_flagged_before_approving()
    {
        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "staff", "STAFF-1");
        await ShowNeedsInAnyStateAsync(page); // the sample's windows are fixed dates: by the real clock this need may have expired
        var need = page.Locator("#needs .need-button[data-need-id='N-0011']");
        await need.ClickAsync();
        var candidate = page.Locator("#candidates > li").First;
        await Expect(candidate.Locator("h4")).ToContainTextAsync("(E-");
        var expertId = ExpertPattern().Match((await candidate.Locator("h4").TextContentAsync())!).Groups["id"].Value;

        // Per-feature bars behind a disclosure: each feature's name, its bar and its value.
        await candidate.GetByText("Features").ClickAsync();
        await Expect(candidate.Locator(".feature-bar")).ToHaveCountAsync(18);
        await Expect(candidate.Locator(".feature-bars dt").First).ToHaveTextAsync("Required skills covered");
        await Expect(candidate.Locator(".feature-bars dd").First).ToHaveTextAsync(new Regex(@"^\d"));

        await candidate.GetByRole(AriaRole.Button, new() { Name = "Shortlist" }).ClickAsync();
        var assignment = page.Locator("#assignments > li").Filter(new() { HasText = expertId });
        await Expect(assignment.Locator("h4")).ToHaveTextAsync($"{expertId} — shortlisted");
        await assignment.GetByRole(AriaRole.Button, new() { Name = "Propose to the expert" }).ClickAsync();
        await Expect(assignment.Locator("h4")).ToHaveTextAsync($"{expertId} — proposed");
        var id = (await assignment.GetAttributeAsync("data-assignment-id"))!;

        // The expert accepts and the institution confirms (their own pages); meanwhile the same expert is proposed
        // for another need over overlapping dates.
        var stored = await web.GetJsonAsync($"/api/assignments/{id}", WebApi.Staff);
        var organisation = (await WebApi.NeedAsync(web, "N-0011")).GetProperty("organisationId").GetString()!;
        await WebApi.PostAsync(web, $"/api/assignments/{id}/transitions", new Caller(Role.Expert, expertId), """{"to":"accepted"}""");
        await WebApi.PostAsync(web, $"/api/assignments/{id}/transitions", new Caller(Role.Institution, "U-1", organisation), """{"to":"confirmed"}""");
        var from = stored.GetProperty("from").GetString()!;
        var otherNeed = await WebApi.NeedCoveringAsync(web, from, except: "N-0011");
        var other = await WebApi.AssignmentAsync(web, otherNeed, expertId, from, from, ("proposed", WebApi.Staff));

        await need.ClickAsync();
        assignment = page.Locator($"#assignments > li[data-assignment-id='{id}']");
        await Expect(assignment.Locator("h4")).ToHaveTextAsync($"{expertId} — confirmed by the institution");
        var warning = assignment.Locator(".conflict");
        await Expect(warning).ToContainTextAsync($"Overlapping dates with the expert's assignment(s) {other}");
        var approve = assignment.GetByRole(AriaRole.Button, new() { Name = "Approve" });
        await Expect(approve).ToHaveAttributeAsync("aria-describedby", $"conflict-{id}");
        await Screenshots.TakeAtAsync(page, assignment, "staff-approve-conflict");

        // The other one only holds the dates while proposed: approving this one books them first.
        await approve.ClickAsync();
        await Expect(assignment.Locator("h4")).ToHaveTextAsync($"{expertId} — approved");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Staff_reads_the_audit_trail_the_model_quality_and_the_programme_dashboard()
    {
        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "staff", "STAFF-1");
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" });
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Needs and candidates" })).ToHaveAttributeAsync("aria-current", "page");

        await nav.GetByRole(AriaRole.Link, new() { Name = "Audit" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit trail" })).ToBeVisibleAsync();
        await Expect(page.Locator("#audit-state")).ToContainTextAsync("newest events");
        await Expect(page.Locator("#audit-table tbody tr").First).ToContainTextAsync(new Regex(@"\((Programme staff|Institution member|Diaspora expert|System)\)"));
        await Screenshots.TakeAsync(page, "staff-audit");
        await page.GetByLabel("Record id").FillAsync("profiles");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page.Locator("#audit-state")).ToContainTextAsync("events about profiles");
        await Expect(page.Locator("#audit-table tbody tr").First).ToContainTextAsync("Import · ");

        await nav.GetByRole(AriaRole.Link, new() { Name = "Model quality" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ranking model quality" })).ToBeVisibleAsync();
        var table = page.Locator("#model-table");
        await Expect(table.Locator("tbody th")).ToContainTextAsync(["bm25", "baseline", "this model"], new() { UseInnerText = true });
        var chart = page.Locator("#model-chart");
        await Expect(chart).ToBeVisibleAsync();
        Assert.True(await chart.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : 0") == 720);
        await Expect(chart).ToHaveAttributeAsync("alt", new Regex("^Bar chart of NDCG"));
        await Screenshots.TakeAsync(page, "staff-model");

        await nav.GetByRole(AriaRole.Link, new() { Name = "Programme dashboard" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Programme dashboard" })).ToBeVisibleAsync();
        await Expect(page.Locator("#dash-state")).ToContainTextAsync("Figures as of");
        await Expect(page.Locator("#dash-charts svg[role='img']")).ToHaveCountAsync(5);
        await Expect(page.Locator("#dash-charts svg").First).ToHaveAttributeAsync("aria-label", new Regex("^Needs by region: "));
        await Expect(page.Locator("#dash-figures .figure-value").First).ToHaveTextAsync("200");
        await Screenshots.TakeAsync(page, "staff-dashboard");

        await page.GetByLabel("Language").SelectOptionAsync("ar");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "لوحة متابعة البرنامج" })).ToBeVisibleAsync();
        await Expect(page.Locator("#dash-charts svg").First).ToHaveAttributeAsync("aria-label", new Regex("^الاحتياجات حسب الجهة: "));
        await Screenshots.TakeAsync(page, "staff-dashboard-ar");
        await page.GetByLabel("اللغة").SelectOptionAsync("en");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"\((?<id>E-[^)]+)\)")]
    private static partial Regex ExpertPattern();

    /// <summary>The staff needs list opens on open needs; this asks for every state.</summary>
    private static async Task ShowNeedsInAnyStateAsync(Microsoft.Playwright.IPage page)
    {
        await page.Locator("#nf-state").SelectOptionAsync("");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
    }
}
