using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

/// <summary>The pages work under the server's Content-Security-Policy: the browser reports no violation on the way through them.</summary>
[Collection(WebCollection.Name)]
public sealed class ContentSecurityPolicyTests(WebFixture web)
{
    [Fact]
    public async Task Staff_pages_load_under_the_policy_without_a_violation()
    {
        var page = await web.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));");

        var response = await page.GotoAsync("/");
        Assert.Contains("frame-ancestors 'none'", await response!.HeaderValueAsync("content-security-policy") ?? "", StringComparison.Ordinal);
        await SignIn.AsAsync(page, "staff", "STAFF-1");
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" });
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Needs and candidates" })).ToHaveAttributeAsync("aria-current", "page");
        await nav.GetByRole(AriaRole.Link, new() { Name = "Model quality" }).ClickAsync();
        var chart = page.Locator("#model-chart");
        await Expect(chart).ToBeVisibleAsync();
        Assert.True(await chart.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : 0") > 0); // a blob: image, allowed by img-src
        await nav.GetByRole(AriaRole.Link, new() { Name = "Programme dashboard" }).ClickAsync();
        await Expect(page.Locator("#dash-charts svg[role='img']")).ToHaveCountAsync(5);

        Assert.Empty(violations);
        await page.Context.CloseAsync();
    }
}
