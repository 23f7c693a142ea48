using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Api;
using DiasporaMatch.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DiasporaMatch.Web.TestSupport;

/// <summary>
/// `dmatch serve` in-process on a free loopback port over a temp data folder holding the bundled sample, and one
/// headless Debian Chromium driven by Playwright (never a downloaded browser). Shared by every browser test.
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] SampleKinds = ["organisations", "needs", "profiles", "decisions"];

    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "dmatch-web-tests", Guid.NewGuid().ToString("N"));

    public Uri Address { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // As `dmatch serve --dev-staff-tokens`: the sign-in page is used for every role the UI has.
        _app = LocalHost.Build(DataFolder, "http://127.0.0.1:0", new LocalHostOptions { DevTokens = DevTokenRoles.MembersAndStaff });
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(5) };
        foreach (var kind in SampleKinds)
        {
            await ImportAsync(kind);
        }

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run tools/install-test-deps.sh (apt-get install chromium)");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Timeout = 60_000,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (own storage) in English at the desktop size, with bounded waits.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800, string locale = "en-US")
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = Address.ToString(),
            Locale = locale,
            ViewportSize = new() { Width = width, Height = height },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }

    public string Token(Caller caller) =>
        new TokenService(DevSigningKey.LoadOrCreate(DataFolder), new ApiOptions().Issuer, TimeProvider.System).Issue(caller, TimeSpan.FromHours(1));

    public async Task<JsonElement> GetJsonAsync(string path, Caller caller)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(caller));
        using var response = await Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }

    private async Task ImportAsync(string kind)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "data", "sample", $"{kind}.jsonl");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/imports?kind={kind}")
        {
            Content = new StringContent(await File.ReadAllTextAsync(file), Encoding.UTF8, "application/x-ndjson"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(new Caller(Role.Staff, "STAFF-WEB")));
        using var response = await Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
