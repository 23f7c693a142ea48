using System.Net;
using System.Net.Http.Headers;
using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

/// <summary>#18 item 5, in French: on an expert's profile, staff mark one probable duplicate "not the same person" and merge another (after a confirmation naming both).</summary>
[Collection(WebCollection.Name)]
public sealed class StaffDuplicateMergeTests(WebFixture web)
{
    private const string Kept = "E-000077";
    private const string Copy = "E-DUP-77A";
    private const string Namesake = "E-DUP-77B";

    [Fact]
    public async Task StaffExpert_NotTheSamePersonAndMerge_InFrench()
    {
        var original = await web.GetJsonAsync($"/api/profiles/{Kept}", WebApi.Staff);
        var name = original.GetProperty("fullName").GetString()!;
        foreach (var id in new[] { Copy, Namesake })
        {
            await WebApi.PostAsync(web, "/api/profiles", WebApi.Staff, $$$"""
                {"id":"{{{id}}}","fullName":"{{{name}}}","email":"{{{original.GetProperty("email").GetString()}}}","countryOfResidence":"{{{original.GetProperty("countryOfResidence").GetString()}}}",
                 "consent":{"given":true,"version":"2026-01","at":"2026-11-01T10:00:00Z"}}
                """);
        }

        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "staff", "STAFF-1");
        await page.Locator("#lang").SelectOptionAsync("fr");
        await page.GetByRole(AriaRole.Link, new() { Name = "Experts" }).ClickAsync();
        await Expect(page.Locator("#experts-state")).ToContainTextAsync("experts affichés.");
        await page.GetByLabel("Rechercher").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Appliquer" }).ClickAsync();
        await page.Locator($"#experts .need-button[data-expert-id='{Kept}']").ClickAsync();
        var copy = page.Locator($"#duplicates li[data-duplicate-of='{Copy}']");
        var namesake = page.Locator($"#duplicates li[data-duplicate-of='{Namesake}']");
        await Expect(copy).ToContainTextAsync($"Probablement la même personne que {Copy}");
        await Expect(namesake).ToBeVisibleAsync();

        // Not the same person: the pair is no longer flagged, here or on demand.
        await namesake.GetByRole(AriaRole.Button, new() { Name = "Pas la même personne" }).ClickAsync();
        await Expect(namesake).ToHaveCountAsync(0);
        await Expect(page.Locator("#announce")).ToHaveTextAsync($"{Namesake} noté comme une autre personne que {Kept}.");
        var flagged = await web.GetJsonAsync($"/api/profiles/{Namesake}/duplicates", WebApi.Staff);
        Assert.DoesNotContain(flagged.GetProperty("probableDuplicates").EnumerateArray(), d => d.GetProperty("duplicateOf").GetString() == Kept);

        // Merge asks first, naming both; "Annuler" changes nothing.
        await copy.GetByRole(AriaRole.Button, new() { Name = "Fusionner dans ce profil" }).ClickAsync();
        var question = copy.Locator(".move-form p");
        await Expect(question).ToHaveTextAsync($"Fusionner {Copy} dans {name} ({Kept}) ? Les décisions, affectations et intérêts de {Copy} passent à {Kept}, puis {Copy} est effacé. C’est irréversible.");
        await Expect(copy.GetByRole(AriaRole.Button, new() { Name = "Oui, fusionner" })).ToBeFocusedAsync();
        await copy.GetByRole(AriaRole.Button, new() { Name = "Annuler" }).ClickAsync();
        await Expect(copy.Locator(".move-form")).ToHaveCountAsync(0);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync($"/api/profiles/{Copy}"));

        await copy.GetByRole(AriaRole.Button, new() { Name = "Fusionner dans ce profil" }).ClickAsync();
        await PageChecks.NoOverflowNoSeriousViolationAsync(page, "staff expert profile, merge confirmation (fr)");
        await Screenshots.TakeAtAsync(page, copy, "staff-expert-merge-fr");
        await copy.GetByRole(AriaRole.Button, new() { Name = "Oui, fusionner" }).ClickAsync();
        await Expect(page.Locator("#announce")).ToHaveTextAsync($"{Copy} fusionné dans {Kept}.");
        await Expect(copy).ToHaveCountAsync(0);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync($"/api/profiles/{Copy}"));
        var audit = await web.GetJsonAsync($"/api/audit?subject={Kept}", WebApi.Staff);
        Assert.Contains(audit.GetProperty("events").EnumerateArray(), e => e.GetProperty("action").GetString() == "profiles.merged");
        await PageChecks.NoOverflowNoSeriousViolationAsync(page, "staff expert profile after the merge (fr)");
        await page.Context.CloseAsync();
    }

    private async Task<HttpStatusCode> StatusAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", web.Token(WebApi.Staff));
        using var response = await web.Client.SendAsync(request);
        return response.StatusCode;
    }
}
