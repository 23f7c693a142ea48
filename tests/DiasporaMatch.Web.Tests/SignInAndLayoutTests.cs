using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

[Collection(WebCollection.Name)]
public sealed class SignInAndLayoutTests(WebFixture web)
{
    [Fact]
    public async Task The_sign_in_page_is_served_in_the_browsers_language_and_asks_an_institution_member_for_an_organisation()
    {
        var page = await web.NewPageAsync(locale: "nl-NL");
        await page.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aanmelden" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Organisatie", new() { Exact = true })).ToBeHiddenAsync();
        await page.GetByLabel("Lid van een instelling").CheckAsync();
        await Expect(page.GetByLabel("Organisatie", new() { Exact = true })).ToBeVisibleAsync();

        await page.GetByLabel("Taal").SelectOptionAsync("en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "signin");

        // The server refuses a missing organisation; its error shows beside the organisation input.
        await page.GetByLabel("Id", new() { Exact = true }).FillAsync("U-9");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.Locator("#signin-org-field .field-error")).ToHaveTextAsync("required for an institution member");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_in_Arabic_the_expert_page_is_right_to_left_and_fits_the_screen()
    {
        var page = await web.NewPageAsync(390, 844, "ar-MA");
        await SignInInArabicAsync(page);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "ملفي كخبير" })).ToBeVisibleAsync();
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the page scrolls sideways on a phone");
        await Screenshots.TakeAsync(page, "expert-phone-ar");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Keyboard_users_can_sign_in_without_a_mouse()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GetByLabel("Diaspora expert").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.GetByLabel("Programme staff")).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("STAFF-7");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#session-who")).ToHaveTextAsync("Signed in: STAFF-7 (Programme staff)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private static async Task SignInInArabicAsync(IPage page)
    {
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "تسجيل الدخول" })).ToBeVisibleAsync();
        await page.GetByLabel("المعرّف").FillAsync("E-000001");
        await page.GetByRole(AriaRole.Button, new() { Name = "متابعة" }).ClickAsync();
    }
}
