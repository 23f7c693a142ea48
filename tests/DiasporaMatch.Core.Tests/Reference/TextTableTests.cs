using System.Text.RegularExpressions;
using DiasporaMatch.Notifications;
using DiasporaMatch.Programme;

namespace DiasporaMatch.Reference;

public sealed partial class TextTableTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dmatch-texts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string json)
    {
        var path = Path.Combine(_folder, "texts.json");
        File.WriteAllText(path, json);
        return path;
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [Fact]
    public void Load_LanguageWithoutAKey_SaysWhichLanguageAndKey()
    {
        var path = Write("""{"languages": {"fr": {"hello": "Bonjour", "bye": "Au revoir"}, "nl": {"hello": "Hallo"}}}""");

        var error = Assert.Throws<InvalidDataException>(() => TextTable.Load(path));

        Assert.Equal("texts.json: nl has no text for bye", error.Message);
    }

    [Fact]
    public void Load_LanguageWithAKeyTheFirstLacks_SaysSo()
    {
        var path = Write("""{"languages": {"fr": {"hello": "Bonjour"}, "nl": {"hello": "Hallo", "bye": "Dag"}}}""");

        var error = Assert.Throws<InvalidDataException>(() => TextTable.Load(path));

        Assert.Equal("texts.json: nl words bye, which fr does not", error.Message);
    }

    [Fact]
    public void Get_LanguageNotInTheFile_ReadsTheFirstLanguage()
    {
        var table = TextTable.Load(Write("""{"languages": {"fr": {"hello": "Bonjour"}, "nl": {"hello": "Hallo"}}}"""));

        Assert.Equal(("fr", "Bonjour", "Hallo"), (table.LanguageOf("de"), table.Get("de", "hello"), table.Get("nl", "hello")));
        Assert.Null(table.Find("nl", "bye"));
    }

    [Theory]
    [InlineData(NotificationTemplates.FileName)]
    [InlineData(ReportTexts.FileName)]
    public void Load_BundledFiles_FrenchFirstAndEveryLanguageTakesTheSameArguments(string fileName)
    {
        var table = TextTable.Load(Path.Combine(DataPaths.ReferenceFolder, fileName));

        Assert.Equal(["fr", "ar", "en", "nl"], table.Languages);
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(DataPaths.ReferenceFolder, fileName)));
        foreach (var key in doc.RootElement.GetProperty("languages").GetProperty("fr").EnumerateObject().Select(p => p.Name))
        {
            var arguments = table.Languages.Select(l => string.Join(",", Placeholder().Matches(table.Get(l, key)).Select(m => m.Value).Order(StringComparer.Ordinal))).Distinct();
            Assert.True(arguments.Count() == 1, $"{fileName} {key}: the languages take different arguments");
        }

        Assert.Equal(ReportTexts.DefaultLanguage, table.DefaultLanguage);
    }
}
