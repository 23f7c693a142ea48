using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DiasporaMatch.Cli.TestSupport;
using DiasporaMatch.Reference;

namespace DiasporaMatch.Cli;

/// <summary>A refused form's field errors over HTTP, worded in the reader's language.</summary>
public sealed partial class FieldErrorLanguageRoutesTests : IAsyncLifetime
{
    private const string BadProfile = """
        {"fullName":"","email":"nadia-at-example","countryOfResidence":"XX","colour":"blue",
         "languages":[{"code":"fr","level":"C2"}],"yearsExperience":2.5,
         "consent":{"given":true,"version":"2026-01","at":"2026-11-01T10:00:00Z"}}
        """;

    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<JsonElement> RefusedAsync(string query, string? acceptLanguage)
    {
        var request = _host.Request(HttpMethod.Post, "/api/profiles" + query, Callers.Expert, LocalHostTests.JsonContent(BadProfile));
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        var response = await _host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Theory]
    [InlineData("", null, "The request has invalid fields", "Fill this in.")]
    [InlineData("", "fr-BE, en;q=0.5", "La requête contient des champs invalides", "Ce champ est obligatoire.")]
    [InlineData("", "ar-MA", "يحتوي الطلب على حقول غير صالحة", "هذا الحقل مطلوب.")]
    [InlineData("", "nl", "Het verzoek bevat ongeldige velden", "Vul dit in.")]
    [InlineData("?lang=fr", "en", "La requête contient des champs invalides", "Ce champ est obligatoire.")]
    public async Task CreateProfile_InvalidFields_ErrorsInTheReadersLanguageWithStableCodes(string query, string? acceptLanguage, string title, string empty)
    {
        var problem = await RefusedAsync(query, acceptLanguage);

        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal([empty], problem.GetProperty("errors").GetProperty("fullName").EnumerateArray().Select(e => e.GetString()));
        var fieldErrors = problem.GetProperty("fieldErrors").EnumerateArray().ToList();
        Assert.Equal(
            [("colour", "unknownField"), ("countryOfResidence", "notInList"), ("email", "notEmail"), ("fullName", "empty"), ("yearsExperience", "wholeNumber")],
            fieldErrors.Select(e => (e.GetProperty("path").GetString()!, e.GetProperty("code").GetString()!)).Order());
        Assert.All(fieldErrors, e => Assert.Equal(e.GetProperty("text").GetString(), problem.GetProperty("errors").GetProperty(e.GetProperty("path").GetString()!)[0].GetString()));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("ar")]
    [InlineData("nl")]
    public async Task CreateProfile_InvalidFields_NoEnglishWordAndNoJsonPathInTheTexts(string language)
    {
        var problem = await RefusedAsync("", language);

        var english = EnglishWords();
        var texts = problem.GetProperty("errors").EnumerateObject().SelectMany(p => p.Value.EnumerateArray().Select(t => t.GetString()!)).ToList();
        Assert.Equal(5, texts.Count);
        foreach (var text in texts)
        {
            var leaked = Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(english.Contains).ToList();
            Assert.True(leaked.Count == 0, $"{language} error \"{text}\" has English words: {string.Join(", ", leaked)}");
            Assert.DoesNotContain(problem.GetProperty("errors").EnumerateObject(), p => text.Contains(p.Name, StringComparison.Ordinal));
        }
    }

    /// <summary>The words of the English wordings (4 letters or more, arguments left out).</summary>
    private static HashSet<string> EnglishWords()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(DataPaths.ReferenceFolder, FieldErrorCatalogue.FileName)));
        return doc.RootElement.GetProperty("errors").EnumerateObject()
            .SelectMany(e => Word().Matches(Argument().Replace(e.Value.GetProperty("en").GetString()!, " ")).Select(m => m.Value.ToLowerInvariant()))
            .Where(w => w.Length >= 4)
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\{[a-zA-Z]+\}")]
    private static partial Regex Argument();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
