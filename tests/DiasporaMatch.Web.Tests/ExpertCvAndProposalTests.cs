using DiasporaMatch.Access;
using DiasporaMatch.TestSupport;
using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

[Collection(WebCollection.Name)]
public sealed class ExpertCvAndProposalTests(WebFixture web)
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public async Task Expert_uploads_a_CV_confirms_suggested_skills_and_saves_them_and_the_CV_is_not_stored()
    {
        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "expert", "E-WEB-CV");
        await Expect(page.Locator("#cv-privacy")).ToContainTextAsync("never stored");

        // A forged file: text named .pdf is refused with the server's reason, not a crash.
        await page.Locator("#p-cv").SetInputFilesAsync(new FilePayload { Name = "cv.pdf", MimeType = "application/pdf", Buffer = "just text"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Read my CV" }).ClickAsync();
        await Expect(page.Locator("#cv-state")).ToContainTextAsync("could not be read (415)");
        await Expect(page.Locator("#cv-state")).ToContainTextAsync("not a PDF");

        var cv = CvFiles.Docx("Salma Idrissi", "Rotterdam, Netherlands", "Skills", "Neonatal care; clinical teaching", "• Project management", "Hobbies: chess");
        await page.Locator("#p-cv").SetInputFilesAsync(new FilePayload { Name = "cv.docx", MimeType = DocxType, Buffer = cv });
        await page.GetByRole(AriaRole.Button, new() { Name = "Read my CV" }).ClickAsync();
        await Expect(page.Locator("#cv-state")).ToContainTextAsync("skills found");
        var suggestions = page.Locator("#cv-list");
        await Expect(suggestions.GetByLabel("neonatal care")).ToBeVisibleAsync();
        await Expect(suggestions.GetByLabel("project management", new() { Exact = false }).First).ToBeVisibleAsync();

        // Only what the expert ticks goes into the form; nothing is saved before "Save profile".
        await suggestions.GetByRole(AriaRole.Checkbox, new() { Name = "neonatal care" }).CheckAsync();
        await suggestions.GetByRole(AriaRole.Checkbox, new() { Name = "clinical teaching" }).CheckAsync();
        await Screenshots.TakeAtAsync(page, page.Locator("#cv-add"), "expert-cv-suggestions");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the ticked skills" }).ClickAsync();
        await Expect(page.GetByLabel("Skills", new() { Exact = true })).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^(neonatal care\nclinical teaching|clinical teaching\nneonatal care)$"));

        await page.GetByLabel("Full name").FillAsync("Salma Idrissi");
        await page.GetByLabel("I agree that my data is used").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.Locator("#profile-state")).ToHaveTextAsync("Profile E-WEB-CV saved.");
        var stored = await web.GetJsonAsync("/api/profiles/E-WEB-CV", WebApi.Staff);
        Assert.Equal(["clinical teaching", "neonatal care"], stored.GetProperty("skills").EnumerateArray().Select(s => s.GetString()).Order());

        // Data minimisation: no file under the data folder holds the CV's text.
        Assert.DoesNotContain(Directory.EnumerateFiles(web.DataFolder, "*", SearchOption.AllDirectories), f => Holds(f, "Hobbies: chess"));
        await page.Context.CloseAsync();
    }

    /// <summary>True when the file's bytes hold the text; files that vanish or are locked meanwhile (temp files) hold nothing.</summary>
    private static bool Holds(string file, string text)
    {
        try
        {
            return File.ReadAllText(file).Contains(text, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    [Fact]
    public async Task Expert_accepts_a_proposal()
    {
        var need = await WebApi.NeedAsync(web, "N-0007");
        var window = need.GetProperty("window");
        var id = await WebApi.AssignmentAsync(web, "N-0007", "E-000003", window.GetProperty("from").GetString()!, window.GetProperty("from").GetString()!, ("proposed", WebApi.Staff));

        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "expert", "E-000003");
        var proposal = page.Locator($"#proposals li[data-assignment-id='{id}']");
        await Expect(proposal.Locator(".state")).ToHaveTextAsync("State: proposed");
        await Expect(proposal.Locator("h3")).ToHaveTextAsync(need.GetProperty("title").GetString()!);
        await Screenshots.TakeAsync(page, "expert-proposals");

        // Accepting takes a second, explicit click.
        await proposal.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Expect(proposal.GetByRole(AriaRole.Status)).ToContainTextAsync("Click again to confirm.");
        Assert.Equal("proposed", (await web.GetJsonAsync($"/api/assignments/{id}", new Caller(Role.Expert, "E-000003"))).GetProperty("state").GetString());
        await proposal.GetByRole(AriaRole.Button, new() { Name = "Yes, accept" }).ClickAsync();
        await Expect(page.Locator($"#proposals li[data-assignment-id='{id}'] .state")).ToHaveTextAsync("State: accepted by the expert");
        await Expect(page.Locator($"#proposals li[data-assignment-id='{id}'] button")).ToHaveCountAsync(0);
        var stored = await web.GetJsonAsync($"/api/assignments/{id}", new Caller(Role.Expert, "E-000003"));
        Assert.Equal("accepted", stored.GetProperty("state").GetString());
        await page.Context.CloseAsync();
    }
}
