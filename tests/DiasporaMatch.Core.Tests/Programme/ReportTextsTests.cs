using DiasporaMatch.Reference;

namespace DiasporaMatch.Programme;

/// <summary>Group names in the viewer's language: countries and sectors from the reference data, genders and the special groups in words.</summary>
public sealed class ReportTextsTests
{
    private static readonly ReferenceData Reference = ReferenceData.Load(DataPaths.ReferenceFolder);

    [Theory]
    [InlineData("fr", IndicatorBreakdown.CountryOfResidence, "NL", "Pays-Bas")]
    [InlineData("ar", IndicatorBreakdown.CountryOfResidence, "NL", "هولندا")]
    [InlineData("en", IndicatorBreakdown.CountryOfResidence, "BE", "Belgium")]
    [InlineData("fr", IndicatorBreakdown.Gender, "female", "femmes")]
    [InlineData("ar", IndicatorBreakdown.Gender, "male", "رجال")]
    [InlineData("nl", IndicatorBreakdown.Gender, "other", "anders")]
    [InlineData("fr", IndicatorBreakdown.Gender, ProgrammeIndicators.NotDeclared, "non déclaré")]
    [InlineData("ar", IndicatorBreakdown.Gender, ProgrammeIndicators.NotDeclared, "غير مصرّح به")]
    [InlineData("en", IndicatorBreakdown.CountryOfResidence, ProgrammeIndicators.SmallGroups, "small groups, pooled")]
    [InlineData("en", IndicatorBreakdown.CountryOfResidence, ProgrammeIndicators.Unknown, "unknown")]
    [InlineData("fr", IndicatorBreakdown.Sector, "health", "Santé")]
    [InlineData("en", IndicatorBreakdown.Region, ProgrammeReport.NoRegion, "no region")]
    [InlineData("en", IndicatorBreakdown.Month, "2027-03", "2027-03")]
    [InlineData("en", IndicatorBreakdown.Organisation, "ORG-1", "ORG-1")]
    [InlineData("xx", IndicatorBreakdown.CountryOfResidence, "NL", "Pays-Bas")]
    public void Group_KnownKey_NamedInTheLanguage(string lang, IndicatorBreakdown by, string key, string expected) =>
        Assert.Equal(expected, ReportTexts.Group(lang, by, key, Reference));

    [Fact]
    public void Group_CodeWithoutAName_TheCodeItself()
    {
        Assert.Equal("ZZ", ReportTexts.Group("fr", IndicatorBreakdown.CountryOfResidence, "ZZ", Reference));
        Assert.Equal("NL", ReportTexts.Group("fr", IndicatorBreakdown.CountryOfResidence, "NL", reference: null));
    }

    /// <summary>Every word the charts and report use exists in every language (a missing one would throw while drawing).</summary>
    [Fact]
    public void Get_EveryKeyOfEnglish_InEveryLanguage()
    {
        string[] keys = [.. IndicatorBreakdowns.Names.Select(n => "by." + n), "group.unknown", "group.none", "group.not-declared", "group.small-groups", "gender.female", "gender.male", "gender.other", "report.smallGroups"];

        Assert.All(ReportTexts.Languages, lang => Assert.All(keys, key => Assert.False(string.IsNullOrWhiteSpace(ReportTexts.Get(lang, key)), $"{lang}: {key}")));
    }
}
