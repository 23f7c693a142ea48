using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DiasporaMatch.Web.TestSupport;

namespace DiasporaMatch.Web;

/// <summary>Checks without a browser: every UI string exists in every language; the dev sign-in refuses what it must.</summary>
[Collection(WebCollection.Name)]
public sealed partial class StaticContentTests(WebFixture web)
{
    private static readonly string WebFolder = Path.Combine(AppContext.BaseDirectory, "web");

    [Fact]
    public void Every_language_has_the_same_strings_and_every_key_the_page_and_scripts_use()
    {
        var files = new[] { "fr", "ar", "en", "nl" }.ToDictionary(l => l, l => Keys(Path.Combine(WebFolder, "i18n", l + ".json")));
        foreach (var (language, keys) in files)
        {
            Assert.True(files["en"].SetEquals(keys), $"{language}.json differs from en.json: {string.Join(", ", keys.Except(files["en"]).Concat(files["en"].Except(keys)))}");
        }

        var used = UsedKeys(File.ReadAllText(Path.Combine(WebFolder, "index.html")), HtmlKey());
        foreach (var script in Directory.EnumerateFiles(Path.Combine(WebFolder, "js"), "*.js"))
        {
            used.UnionWith(UsedKeys(File.ReadAllText(script), ScriptKey()));
        }

        Assert.NotEmpty(used);
        Assert.Equal([], used.Where(k => !files["en"].Contains(k)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_dev_token_route_refuses_admin_and_unknown_roles_with_field_errors()
    {
        using var admin = await web.Client.PostAsJsonAsync("/dev/token", new { role = "admin", subject = "A-1" });
        Assert.Equal(HttpStatusCode.BadRequest, admin.StatusCode);
        var problem = JsonDocument.Parse(await admin.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("role", out _));

        using var staff = await web.Client.PostAsJsonAsync("/dev/token", new { role = "staff", subject = "STAFF-1" });
        staff.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await staff.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("staff", token.GetProperty("role").GetString());
        Assert.False(string.IsNullOrEmpty(token.GetProperty("token").GetString()));
    }

    [Fact]
    public async Task The_ui_is_served_at_the_root_and_the_dev_route_is_not_in_the_api_route_table()
    {
        using var root = await web.Client.GetAsync("/");
        root.EnsureSuccessStatusCode();
        Assert.Contains("<template id=\"view-signin\">", await root.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(Api.ApiRouteTable.Routes, r => r.Template.StartsWith("/dev", StringComparison.Ordinal));
    }

    private static HashSet<string> Keys(string path) =>
        JsonDocument.Parse(File.ReadAllText(path)).RootElement.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> UsedKeys(string text, Regex pattern) =>
        pattern.Matches(text).Select(m => m.Groups["key"].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex("data-i18n=\"(?<key>[^\"]+)\"")]
    private static partial Regex HtmlKey();

    // Literal keys passed to t(...) / setText(element, ...): "area.name" strings.
    [GeneratedRegex(@"(?:\bt\(|setText\([^,]+,\s*)'(?<key>[a-z]+\.[A-Za-z]+)'")]
    private static partial Regex ScriptKey();
}
