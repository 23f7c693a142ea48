using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

[Collection(WebCollection.Name)]
public sealed class ExpertJourneyTests(WebFixture web)
{
    [Fact]
    public async Task Expert_sees_the_servers_field_error_inline_fixes_it_saves_and_gets_recommendations_and_an_export()
    {
        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "expert", "E-WEB-1");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My expert profile" })).ToBeVisibleAsync();
        await Expect(page.Locator("#profile-state")).ToHaveTextAsync("New profile E-WEB-1: fill it in, then save.");

        await page.GetByLabel("Full name").FillAsync("Nadia El Amrani");
        await page.GetByLabel("Email address").FillAsync("nadia@");
        await page.GetByLabel("Country of residence").SelectOptionAsync("NL");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a language" }).ClickAsync();
        await page.Locator("#p-lang-1").SelectOptionAsync("fr");
        await page.Locator("#p-level-1").SelectOptionAsync("C1");
        await page.GetByLabel("Skills").FillAsync("neonatal care\nformer du personnel\nsoins cliniques\nenseignement clinique");
        await page.GetByLabel("From", new() { Exact = true }).FillAsync("2026-01-05");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("2026-12-20");
        await page.GetByLabel("I agree that my data is used").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();

        // The browser does not validate: the server's ProblemDetails error lands beside the e-mail input.
        var email = page.GetByLabel("Email address");
        var emailError = page.Locator(".field:has(#p-email) .field-error");
        await Expect(emailError).ToHaveTextAsync("“nadia@” is not an email address.");
        await Expect(email).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#profile-form .error-summary")).ToContainTextAsync("The server refused some fields:");
        await Screenshots.TakeAsync(page, "expert-profile-error");

        await email.FillAsync("nadia.elamrani@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.Locator("#profile-state")).ToHaveTextAsync("Profile E-WEB-1 saved.");
        await Expect(emailError).ToHaveCountAsync(0);
        await Expect(page.Locator("#recs-state")).ToContainTextAsync("needs, best first.");
        var first = page.Locator("#recs > li").First;
        await Expect(first.Locator("h3")).Not.ToBeEmptyAsync();
        await Expect(first.Locator(".reasons li").First).Not.ToBeEmptyAsync();
        await Expect(page.Locator("#opps-state")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^(No opportunities: tell us what you would invest in \(investment interest\)\.|\d+ opportunities, best first\.)$"));
        await Screenshots.TakeAsync(page, "expert-profile-saved");

        // A second save is an update with If-Match (the ETag of the first write), and keeps what the form does not show.
        await page.GetByLabel("Full name").FillAsync("Nadia El Amrani-Jansen");
        var update = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync(),
            r => r.Request.Method == "PUT" && r.Url.EndsWith("/api/profiles/E-WEB-1", StringComparison.Ordinal));
        Assert.Equal(200, update.Status);
        Assert.False(string.IsNullOrEmpty(await update.Request.HeaderValueAsync("if-match")));
        await Expect(page.Locator("#profile-state")).ToHaveTextAsync("Profile E-WEB-1 saved.");
        await Expect(page.Locator("#profile-form .error-summary")).ToBeHiddenAsync();
        var stored = await web.GetJsonAsync("/api/profiles/E-WEB-1", new Caller(Role.Staff, "STAFF-1"));
        Assert.Equal("Nadia El Amrani-Jansen", stored.GetProperty("fullName").GetString());
        Assert.Equal(["ar", "fr"], stored.GetProperty("languages").EnumerateArray().Select(l => l.GetProperty("code").GetString()));
        Assert.True(stored.GetProperty("consent").GetProperty("given").GetBoolean());

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Export my data" }).ClickAsync());
        Assert.Equal("diasporamatch-E-WEB-1.json", download.SuggestedFilename);
        var exported = JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!)).RootElement;
        Assert.Equal("E-WEB-1", exported.GetProperty("profile").GetProperty("id").GetString());
        await Expect(page.Locator("#export-state")).ToHaveTextAsync("Downloaded: diasporamatch-E-WEB-1.json");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_and_a_ticket_range_upside_down_are_shown_inline_and_nothing_is_sent()
    {
        var page = await web.NewPageAsync();
        var writes = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Method is "POST" or "PUT" && request.Url.Contains("/api/profiles", StringComparison.Ordinal))
            {
                writes.Add($"{request.Method} {request.Url}");
            }
        };
        await SignIn.AsAsync(page, "expert", "E-WEB-2");
        await Expect(page.Locator("#profile-state")).ToHaveTextAsync("New profile E-WEB-2: fill it in, then save.");
        await page.GetByLabel("Full name").FillAsync("Youssef Bennani");
        var period = page.GetByRole(AriaRole.Group, new() { Name = "Period 1" });
        await period.GetByLabel("From", new() { Exact = true }).FillAsync("2026-06-01");
        await period.GetByLabel("To", new() { Exact = true }).FillAsync("2026-05-01");
        await page.GetByLabel("Smallest ticket (EUR)").FillAsync("50000");
        await page.GetByLabel("Largest ticket (EUR)").FillAsync("10000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();

        // The browser's own check, worded like the other field messages, beside the input it is about.
        await Expect(page.Locator(".field:has(#p-to-0) .field-error")).ToHaveTextAsync("Period 1: the end date is before the start date.");
        await Expect(period.GetByLabel("To", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator(".field:has(#p-inv-max) .field-error")).ToHaveTextAsync("The largest ticket is below the smallest.");
        await Expect(page.GetByLabel("Largest ticket (EUR)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#profile-form .error-summary")).ToContainTextAsync("Some fields need fixing before saving:");
        await Expect(page.Locator("#profile-state")).ToHaveTextAsync("New profile E-WEB-2: fill it in, then save.");
        await Screenshots.TakeAtAsync(page, page.Locator("#p-availability"), "expert-availability-error");
        Assert.Empty(writes);
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/profiles/E-WEB-2"))
        {
            request.Headers.Authorization = new("Bearer", web.Token(new Caller(Role.Staff, "STAFF-1")));
            using var response = await web.Client.SendAsync(request);
            Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        }

        // Fixed, it is sent and saved; the messages go.
        await period.GetByLabel("To", new() { Exact = true }).FillAsync("2026-06-30");
        await page.GetByLabel("Largest ticket (EUR)").FillAsync("100000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.Locator("#profile-state")).ToHaveTextAsync("Profile E-WEB-2 saved.");
        await Expect(page.Locator("#profile-form .field-error")).ToHaveCountAsync(0);
        Assert.Single(writes);
        var stored = await web.GetJsonAsync("/api/profiles/E-WEB-2", new Caller(Role.Staff, "STAFF-1"));
        Assert.Equal("""[{"from":"2026-06-01","to":"2026-06-30"}]""", stored.GetProperty("availability").GetRawText().Replace(" ", "", StringComparison.Ordinal));
        Assert.Equal(100000m, stored.GetProperty("investment").GetProperty("ticketMaxEur").GetDecimal());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ExpertProfile_WhileTheSavedProfileLoads_FieldsAreClosedThenShowIt()
    {
        const string expert = "E-WEB-SLOW";
        await WebApi.PostAsync(web, "/api/profiles", new Caller(Role.Expert, expert), """
            {"fullName":"Karim Idrissi","countryOfResidence":"BE","languages":[{"code":"fr","level":"C2"}],"skills":["water treatment"],
             "occupation":"water engineer","consent":{"given":true,"version":"2026-01","at":"2026-11-01T10:00:00Z"}}
            """);
        var page = await web.NewPageAsync();
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync(url => url.EndsWith($"/api/profiles/{expert}", StringComparison.Ordinal), async route =>
        {
            held.TrySetResult();
            await release.Task;
            await route.ContinueAsync();
        });
        await SignIn.AsAsync(page, "expert", expert);
        await held.Task;

        // Nothing can be typed before the saved profile is in the fields: it would be overwritten when it arrives.
        await Expect(page.Locator("#profile-state")).ToHaveTextAsync("Loading…");
        await Expect(page.GetByLabel("Full name")).ToBeDisabledAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save profile" })).ToBeDisabledAsync();

        release.SetResult();
        await Expect(page.GetByLabel("Full name")).ToBeEnabledAsync();
        await Expect(page.GetByLabel("Full name")).ToHaveValueAsync("Karim Idrissi");
        await Expect(page.Locator("#p-occupation")).ToHaveValueAsync("water engineer");
        await Expect(page.Locator("#profile-state")).ToHaveTextAsync($"Profile {expert} saved.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ExpertProfile_LoadFails_SaysSoAndKeepsTheFieldsClosed()
    {
        var page = await web.NewPageAsync();
        await page.RouteAsync(url => url.EndsWith("/api/profiles/E-WEB-DOWN", StringComparison.Ordinal), route => route.FulfillAsync(new() { Status = 503 }));
        await SignIn.AsAsync(page, "expert", "E-WEB-DOWN");

        // Not shown as a new profile: saving an empty form would not be what they have.
        await Expect(page.Locator("#profile-state")).ToHaveTextAsync("Loading failed (503).");
        await Expect(page.GetByLabel("Full name")).ToBeDisabledAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save profile" })).ToBeDisabledAsync();
        await page.Context.CloseAsync();
    }
}
