using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using DiasporaMatch.Access;
using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

/// <summary>
/// Issue #18 item 1 as readers meet it, in French, Arabic and English: regions, sectors and countries by their names
/// (served by the API), a 0–100 match strength instead of the ranker's score, reasons in the page's language with
/// skill coverage first, ids isolated in Arabic, an empty list explained, field errors worded and named in words.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class ReaderLanguageJourneyTests(WebFixture web)
{
    private static string Profile(string availability) => $$$"""
        {"fullName":"Salma Idrissi","countryOfResidence":"FR","languages":[{"code":"fr","level":"C2"},{"code":"en","level":"C1"},{"code":"ar","level":"native"}],
         "occupation":"special educational needs teacher","skills":["disability inclusion","learning assessment","clinical teaching","curriculum design"],
         "yearsExperience":14,"sectors":["education"],"availability":[{{{availability}}}],"remoteOk":true,
         "investment":{"sectors":["agri-food"],"regions":["MA-04"],"ticketMinEur":20000,"ticketMaxEur":90000},
         "consent":{"given":true,"version":"2026-01","at":"2026-11-01T10:00:00Z"}}
        """;

    /// <summary>Chooses the page's language, waits until it is applied (and remembered), then reads the page again in it.</summary>
    private static async Task SwitchAndReloadAsync(IPage page, string language)
    {
        await page.Locator("#lang").SelectOptionAsync(language);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await page.ReloadAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
    }

    private async Task PostProfileAsync(string expert, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/profiles") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", web.Token(new Caller(Role.Expert, expert)));
        using var response = await web.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Expert_in_french_then_arabic_sees_names_strengths_and_reasons_in_the_language_with_ids_isolated()
    {
        await PostProfileAsync("E-WEB-FA1", Profile("""{"from":"2026-01-01","to":"2027-12-31"}"""));
        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "expert", "E-WEB-FA1");
        await Expect(page.Locator("#recs-state")).ToHaveTextAsync(new Regex(@"^\d+ needs, best first\.$"));
        var first = page.Locator("#recs > li").First;
        await Expect(first.Locator("p.meta")).ToContainTextAsync(new Regex(@"match strength \d{1,3}/100"));

        // The chosen language is kept; the page read again asks the API in it.
        await SwitchAndReloadAsync(page, "fr");
        await Expect(page.Locator("#recs-state")).ToHaveTextAsync(new Regex(@"besoins, les plus pertinents d'abord\.$"));
        first = page.Locator("#recs > li").First;
        // The best need shows 100/100, never the ranker's raw score; its reasons are French and lead with skill coverage.
        await Expect(first.Locator("p.meta")).ToContainTextAsync("adéquation 100/100");
        await Expect(first.Locator("p.meta")).Not.ToContainTextAsync(new Regex(@"-?\d+[.,]\d+"));
        await Expect(first.Locator(".reasons li").First).ToContainTextAsync(new Regex("compétences"));
        await Expect(page.Locator("label:has(#p-inv-sector-agri-food)")).ToContainTextAsync("Agriculture et agroalimentaire");
        await Expect(page.Locator("label:has(#p-inv-region-MA-04)")).ToContainTextAsync("Rabat-Salé-Kénitra");
        await Expect(page.Locator("#p-country option[value='FR']")).ToHaveTextAsync("France");
        await Screenshots.TakeAtAsync(page, page.Locator("#recs"), "flowa-expert-fr-recommendations");

        await SwitchAndReloadAsync(page, "ar");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        first = page.Locator("#recs > li").First;
        await Expect(first.Locator("p.meta")).ToContainTextAsync("قوة التطابق 100/100");
        await Expect(first.Locator("p.meta bdi").First).ToHaveTextAsync(new Regex(@"^N-\d+$"));
        await Expect(first.Locator(".reasons li").First).ToHaveAttributeAsync("dir", "auto");
        await Expect(first.Locator(".reasons li").First).ToContainTextAsync("المهارات");
        await Expect(page.Locator("label:has(#p-inv-region-MA-04)")).ToContainTextAsync("الرباط سلا القنيطرة");
        await Expect(page.Locator("label:has(#p-inv-sector-agri-food)")).Not.ToContainTextAsync("agri-food");
        await Screenshots.TakeAtAsync(page, page.Locator("#recs"), "flowa-expert-ar-recommendations");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Expert_without_investment_interest_is_told_in_french_what_to_add()
    {
        await PostProfileAsync("E-WEB-FA2", Profile("").Replace("\"investment\":{\"sectors\":[\"agri-food\"],\"regions\":[\"MA-04\"],\"ticketMinEur\":20000,\"ticketMaxEur\":90000},", "", StringComparison.Ordinal));
        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "expert", "E-WEB-FA2");
        await SwitchAndReloadAsync(page, "fr");

        await Expect(page.Locator("#opps-state")).ToHaveTextAsync("Aucune opportunité : indiquez dans quoi vous investiriez (intérêt d'investissement).");
        await Expect(page.Locator("#opps > li")).ToHaveCountAsync(0);
        await Screenshots.TakeAtAsync(page, page.Locator("#opps-state"), "flowa-expert-fr-no-investment-interest");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Institution_in_french_sees_names_a_strength_per_candidate_and_field_errors_worded_in_french()
    {
        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "institution", "U-WEB-FA1", "ORG-037");
        await SwitchAndReloadAsync(page, "fr");

        var need = page.Locator("#own-needs li[data-need-id='N-0001']");
        await Expect(need.Locator("p.meta")).ToContainTextAsync("Éducation");
        await Expect(need.Locator("p.meta")).ToContainTextAsync("Rabat-Salé-Kénitra");
        await Expect(need.Locator("p.meta")).Not.ToContainTextAsync("education");
        await Expect(page.Locator("#n-region option[value='MA-04']")).ToHaveTextAsync("Rabat-Salé-Kénitra");
        await need.GetByRole(AriaRole.Button, new() { Name = "Candidats" }).ClickAsync();
        var candidate = page.Locator("#inst-candidates > li").First;
        await Expect(candidate.Locator("p.meta")).ToHaveTextAsync("Rang 1 · adéquation 100/100");
        await Expect(page.Locator("#inst-candidates")).Not.ToContainTextAsync("score");
        await Screenshots.TakeAtAsync(page, page.Locator("#inst-candidates"), "flowa-institution-fr-candidates");

        // An empty title: the server's error, worded in French, the field named by its label, never by its JSON path.
        var form = page.Locator("#need-form");
        await form.Locator("#n-title").FillAsync("");
        await form.Locator("#n-from").FillAsync("2027-03-01");
        await form.Locator("#n-to").FillAsync("2027-06-30");
        await form.Locator("button[type=submit]").ClickAsync();
        await Expect(page.Locator(".field:has(#n-title) .field-error")).ToHaveTextAsync("Ce champ est obligatoire.");
        var summary = page.Locator("#need-form .error-summary");
        await Expect(summary).ToContainTextAsync("Intitulé: Ce champ est obligatoire.");
        await Expect(summary).Not.ToContainTextAsync("title:");
        await Screenshots.TakeAtAsync(page, summary, "flowa-institution-fr-field-error");
        await page.Context.CloseAsync();
    }
}
