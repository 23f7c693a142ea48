using Microsoft.Playwright;

namespace DiasporaMatch.Web.TestSupport;

public static class SignIn
{
    /// <summary>Signs in through the sign-in page the way a person does: role, id, organisation, continue.</summary>
    public static async Task AsAsync(IPage page, string role, string subject, string? organisation = null)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Radio, new() { Name = RoleName(role) }).CheckAsync();
        await page.GetByLabel("Id", new() { Exact = true }).FillAsync(subject);
        if (organisation is not null)
        {
            await page.GetByLabel("Organisation", new() { Exact = true }).FillAsync(organisation);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        // Signed in once the session bar shows: the token is stored, so a reload that follows keeps the session
        // (a test that reloaded before this sometimes landed back on the sign-in page).
        await Assertions.Expect(page.Locator("#session")).ToBeVisibleAsync();
    }

    private static string RoleName(string role) => role switch
    {
        "expert" => "Diaspora expert",
        "institution" => "Institution member",
        _ => "Programme staff",
    };
}
