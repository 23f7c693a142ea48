using System.Text.Json;
using System.Text.RegularExpressions;
using DiasporaMatch.Records;
using DiasporaMatch.TestSupport;
using DiasporaMatch.Validation;

namespace DiasporaMatch.Reference;

public sealed partial class FieldErrorCatalogueTests
{
    private static readonly FieldErrorCatalogue Catalogue = FieldErrorCatalogue.Bundled;

    /// <summary>One profile with a mistake of every common kind the record rules find.</summary>
    private const string BadProfile = """
        {"id":"../E-1","fullName":"","email":"not-an-address","countryOfResidence":"XX","colour":"blue",
         "languages":[{"code":"fr","level":"Z9"},{"code":42},{"level":"B2"}],"yearsExperience":2.5,
         "skills":["ok","tab\there"],"availability":[{"from":"2027-05-01","to":"2027-04-01"},{"from":"someday","to":"2027-04-01"}],
         "investment":{"ticketMinEur":5000,"ticketMaxEur":100},
         "consent":{"given":"yes","version":"2026-01","at":"yesterday"}}
        """;

    private static IReadOnlyList<FieldError> Errors(string json)
    {
        var result = new ValidationResult();
        using var doc = JsonDocument.Parse(json);
        TestData.Schemas.For(RecordKind.Profiles).Validate(doc.RootElement, "", result);
        return result.Errors;
    }

    [Fact]
    public void Load_BundledFile_EveryErrorInEveryLanguageWithTheSameArguments()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(DataPaths.ReferenceFolder, FieldErrorCatalogue.FileName)));
        foreach (var error in doc.RootElement.GetProperty("errors").EnumerateObject())
        {
            var placeholders = Catalogue.Languages.Select(l => string.Join(",", Placeholder().Matches(error.Value.GetProperty(l).GetString()!).Select(m => m.Value).Order(StringComparer.Ordinal))).Distinct().ToList();
            Assert.True(placeholders.Count == 1, $"{error.Name}: the languages take different arguments");
        }

        Assert.Equal(["ar", "en", "fr", "nl"], Catalogue.Languages.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Render_EveryKindOfRecordMistake_HasACodeTheCatalogueWordsInEveryLanguage()
    {
        var errors = Errors(BadProfile);

        var codes = errors.Select(e => e.Code).ToHashSet();
        Assert.All(["notId", "empty", "notEmail", "notInList", "unknownField", "wrongType", "wholeNumber", "controlCharacter", "toBeforeFrom", "notDate", "maxBelowMin", "notDateTime", "required"], code => Assert.Contains(code, codes));
        Assert.Empty(errors.Where(e => e.Code is null).Select(e => e.ToString()));
        Assert.All(errors, e => Assert.Contains(e.Code!, Catalogue.Codes));
        foreach (var language in Catalogue.Languages)
        {
            Assert.All(errors, e => Assert.DoesNotContain("{", Catalogue.Render(e, language), StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("en", "Too long: 250 characters, at most 200.")]
    [InlineData("fr", "Trop long : 250 caractères, 200 au plus.")]
    [InlineData("nl", "Te lang: 250 tekens, hoogstens 200.")]
    [InlineData("ar", "طويل جدًا: 250 حرفًا، والحد الأقصى 200.")]
    public void Render_CodedError_InTheReadersLanguageWithItsArguments(string language, string expected)
    {
        var error = new FieldError("fullName", "is 250 characters long; at most 200 are allowed")
        {
            Code = "tooLong",
            Args = new Dictionary<string, string> { ["length"] = "250", ["max"] = "200" },
        };

        Assert.Equal(expected, Catalogue.Render(error, language));
    }

    [Theory]
    [InlineData("en", "must match the id in the address")]
    [InlineData("fr", "Cette valeur n'est pas acceptée.")]
    [InlineData("fr-BE", "Cette valeur n'est pas acceptée.")]
    [InlineData("de", "must match the id in the address")]
    public void Render_ErrorWithoutCode_EnglishMessageInEnglishAndInvalidElsewhere(string language, string expected)
    {
        Assert.Equal(expected, Catalogue.Render(new FieldError("id", "must match the id in the address"), language));
    }

    [GeneratedRegex(@"\{[a-z]+\}", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();
}
