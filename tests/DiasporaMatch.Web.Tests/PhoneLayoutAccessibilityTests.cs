using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

/// <summary>
/// #18 item 6: every page of every role on a phone (320 and 400 px wide, English and Arabic) has no horizontal
/// overflow and no serious or critical axe-core violation (WCAG 2.1 A and AA rules); the sign-in works by keyboard
/// alone with a visible focus ring.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PhoneLayoutAccessibilityTests(WebFixture web)
{
    public static TheoryData<string, string, string?, string> Pages() => new()
    {
        { "expert", "E-000001", null, "" },
        { "institution", "U-1", "ORG-037", "" },
        { "staff", "STAFF-1", null, "" },
        { "staff", "STAFF-1", null, "audit" },
        { "staff", "STAFF-1", null, "model" },
        { "staff", "STAFF-1", null, "dashboard" },
        { "staff", "STAFF-1", null, "experts" },
        { "staff", "STAFF-1", null, "investments" },
        { "staff", "STAFF-1", null, "allocation" },
        { "staff", "STAFF-1", null, "notifications" },
        { "expert", "E-000001", null, "notifications" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_OnAPhone_NoOverflowAndNoSeriousViolation(string role, string subject, string? organisation, string tab)
    {
        foreach (var width in new[] { 320, 400 })
        {
            var page = await web.NewPageAsync(width, 740);
            await page.GotoAsync("/");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Continue" })).ToBeVisibleAsync();
            await CheckAsync(page, $"sign-in at {width}px");
            await SignIn.AsAsync(page, role, subject, organisation);
            await Expect(page.Locator("#session-who")).Not.ToBeEmptyAsync();
            if (tab.Length > 0)
            {
                await page.GotoAsync($"/#/{role}/{tab}");
                // Every role's notifications page is one view; the other tabs are the role's own.
                await Expect(page.Locator("body")).ToHaveAttributeAsync("data-view", tab == "notifications" ? tab : $"{role}-{tab}");
            }

            await CheckAsync(page, $"{role} {tab} at {width}px");
            await page.Locator("#lang").SelectOptionAsync("ar");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
            await CheckAsync(page, $"{role} {tab} at {width}px in Arabic");
            if (width == 320)
            {
                await Screenshots.TakeAsync(page, $"phone-{role}{(tab.Length > 0 ? "-" + tab : "")}-ar");
            }

            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task SignIn_KeyboardOnly_FocusVisibleAndSignsIn()
    {
        var page = await web.NewPageAsync(360, 740);
        await page.GotoAsync("/");
        var expert = page.GetByRole(AriaRole.Radio, new() { Name = "Diaspora expert" });
        await Expect(expert).ToBeVisibleAsync();
        for (var presses = 0; presses < 20 && !await expert.EvaluateAsync<bool>("e => e === document.activeElement"); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(expert).ToBeFocusedAsync();
        Assert.NotEqual("none", await expert.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("E-000002");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#session-who")).ToHaveTextAsync("Signed in: E-000002 (Diaspora expert)");
        await page.Context.CloseAsync();
    }

    private static Task CheckAsync(IPage page, string what) => PageChecks.NoOverflowNoSeriousViolationAsync(page, what);
}
