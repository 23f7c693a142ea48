using System.Text.Json;
using System.Text.RegularExpressions;
using DiasporaMatch.Access;
using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

[Collection(WebCollection.Name)]
public sealed class InstitutionManageTests(WebFixture web)
{
    [Fact]
    public async Task Institution_edits_its_need_sees_pseudonymised_candidates_and_confirms_an_accepted_expert()
    {
        var need = await WebApi.NeedAsync(web, "N-0001");
        var organisation = need.GetProperty("organisationId").GetString()!;
        var from = need.GetProperty("window").GetProperty("from").GetString()!;
        var id = await WebApi.AssignmentAsync(web, "N-0001", "E-000005", from, from, ("proposed", WebApi.Staff), ("accepted", new Caller(Role.Expert, "E-000005")));

        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "institution", "U-WEB-2", organisation);
        var row = page.Locator("#own-needs li[data-need-id='N-0001']");
        await Expect(row.Locator("h3")).ToHaveTextAsync(need.GetProperty("title").GetString()!);

        var title = need.GetProperty("title").GetString()!;
        await row.GetByRole(AriaRole.Button, new() { Name = $"Candidates for {title}" }).ClickAsync();
        await Expect(page.Locator("#inst-candidates-state")).ToContainTextAsync("pseudonymised");
        await Expect(page.Locator("#inst-candidates > li h3").First).ToHaveTextAsync(new Regex("^candidate-[0-9a-f]{12}$"));

        var proposal = page.Locator($"#inst-proposals li[data-assignment-id='{id}']");
        await Expect(proposal.Locator(".state")).ToHaveTextAsync("State: accepted by the expert");
        // The expert accepted: the page shows their name and email, as the candidates' note promises.
        var expert = await web.GetJsonAsync("/api/profiles/E-000005", WebApi.Staff);
        await Expect(proposal.Locator(".expert")).ToContainTextAsync($"Expert {expert.GetProperty("fullName").GetString()}");
        var email = expert.GetProperty("email").GetString()!;
        await Expect(proposal.Locator("a.expert-contact")).ToHaveAttributeAsync("href", $"mailto:{email}");
        await Screenshots.TakeAsync(page, "institution-needs");
        await proposal.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Expect(page.Locator($"#inst-proposals li[data-assignment-id='{id}'] .state")).ToHaveTextAsync("State: confirmed by the institution");

        await row.GetByRole(AriaRole.Button, new() { Name = $"Edit {title}" }).ClickAsync();
        var form = page.Locator("#need-form");
        await Expect(page.Locator("#need-form-title")).ToHaveTextAsync("Edit need N-0001");
        await Expect(form.GetByLabel("Title")).ToHaveValueAsync(need.GetProperty("title").GetString()!);
        await form.GetByLabel("Title").FillAsync("Special educational needs: train the trainers");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save the changes" }).ClickAsync();
        await Expect(page.Locator("#need-posted")).ToHaveTextAsync("Need N-0001 updated.");
        var stored = await WebApi.NeedAsync(web, "N-0001");
        Assert.Equal("Special educational needs: train the trainers", stored.GetProperty("title").GetString());
        Assert.Equal(need.GetProperty("requiredSkills").ToString(), stored.GetProperty("requiredSkills").ToString());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Institution_posts_an_investment_opportunity()
    {
        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "institution", "U-WEB-3", "ORG-003");
        var form = page.Locator("#opp-form");
        await form.GetByLabel("Title").FillAsync("Argan oil cooperative: processing unit");
        await form.GetByLabel("Sector").SelectOptionAsync("agri-food");
        await form.GetByLabel("Region").SelectOptionAsync("MA-09");
        await form.GetByLabel("Amount sought (EUR)").FillAsync("120000");
        await form.GetByLabel("Stage").SelectOptionAsync("expand");
        await form.GetByLabel("Support offered").FillAsync("land\nco-financing");
        await form.GetByRole(AriaRole.Button, new() { Name = "Post the opportunity" }).ClickAsync();
        var posted = page.Locator("#opp-posted");
        await Expect(posted).ToHaveTextAsync(new Regex(@"^Opportunity \S+ posted\.$"));
        var id = Regex.Match((await posted.TextContentAsync())!, @"^Opportunity (\S+) posted\.$").Groups[1].Value;
        var stored = await web.GetJsonAsync($"/api/opportunities/{id}", WebApi.Staff);
        Assert.Equal(("ORG-003", "MA-09", "expand"), (stored.GetProperty("organisationId").GetString(), stored.GetProperty("region").GetString(), stored.GetProperty("stage").GetString()));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task InstitutionEdit_NeedCannotBeRead_SaysWhyInTheForm()
    {
        var need = await WebApi.NeedAsync(web, "N-0002");
        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "institution", "U-WEB-EDIT", need.GetProperty("organisationId").GetString()!);
        var row = page.Locator("#own-needs li[data-need-id='N-0002']");
        await Expect(row).ToBeVisibleAsync();
        await page.RouteAsync(url => url.EndsWith("/api/needs/N-0002", StringComparison.Ordinal), route => route.FulfillAsync(new()
        {
            Status = 404,
            ContentType = "application/problem+json",
            Body = """{"status":404,"title":"Not found","detail":"needs/N-0002 does not exist"}""",
        }));

        await row.GetByRole(AriaRole.Button, new() { Name = $"Edit {need.GetProperty("title").GetString()}" }).ClickAsync();

        var summary = page.Locator("#need-form .error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary).ToContainTextAsync("The request failed (404).");
        await Expect(summary).ToContainTextAsync("needs/N-0002 does not exist");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task InstitutionEdit_AnEarlierEditAnswersLast_TheFormKeepsTheNeedClickedLast()
    {
        var first = await WebApi.NeedAsync(web, "N-0138");
        var last = await WebApi.NeedAsync(web, "N-0144");
        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "institution", "U-WEB-EDIT-2", first.GetProperty("organisationId").GetString()!);
        ILocator Edit(string id, JsonElement need) =>
            page.Locator($"#own-needs li[data-need-id='{id}']").GetByRole(AriaRole.Button, new() { Name = $"Edit {need.GetProperty("title").GetString()}" });

        // The list reads each need too: hold the first need's GET only once the list is drawn.
        await Expect(Edit("N-0138", first)).ToBeVisibleAsync();
        await Expect(Edit("N-0144", last)).ToBeVisibleAsync();
        var held = new TaskCompletionSource();
        await page.RouteAsync(url => url.EndsWith("/api/needs/N-0138", StringComparison.Ordinal), async route =>
        {
            await held.Task;
            await route.ContinueAsync();
        });

        await Edit("N-0138", first).ClickAsync();
        await Edit("N-0144", last).ClickAsync();
        await Expect(page.Locator("#need-form-title")).ToHaveTextAsync("Edit need N-0144");
        var lateAnswer = page.WaitForRequestFinishedAsync(new() { Predicate = r => r.Url.EndsWith("/api/needs/N-0138", StringComparison.Ordinal) });
        held.SetResult();
        await lateAnswer;
        // A request the page makes after the late answer arrived resolves after it: by then its handler has run.
        await page.EvaluateAsync("async () => (await fetch('/api/health')).json()");

        await Expect(page.Locator("#need-form-title")).ToHaveTextAsync("Edit need N-0144");
        await Expect(page.Locator("#n-title")).ToHaveValueAsync(last.GetProperty("title").GetString()!);
        await page.Context.CloseAsync();
    }
}
