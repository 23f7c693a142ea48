using System.Globalization;
using DiasporaMatch.Reference;

namespace DiasporaMatch.Programme;

/// <summary>The printable page by the experts' gender or country: groups named in the language, needs not counted, the pooling said in words.</summary>
public sealed class ProgrammeReportPageTests
{
    private static readonly DateOnly From = new(2027, 3, 1);
    private static readonly DateOnly To = new(2027, 3, 31);
    private static readonly DateTimeOffset Generated = DateTimeOffset.Parse("2027-04-02T08:00:00Z", CultureInfo.InvariantCulture);
    private static readonly ReferenceData Reference = ReferenceData.Load(DataPaths.ReferenceFolder);

    private static readonly IndicatorRow[] Total = [new("total", 2, 3, 6, 5, 1, 36, 6, 10, 0.667, 3.8)];

    private static readonly IndicatorRow[] ByGender =
    [
        new("female", null, 1, 2, 2, 0, 19, 4, 4, 1, 3.5),
        new(ProgrammeIndicators.NotDeclared, null, 1, 3, 2, 0, 12, 10, 10, null, 4),
        new(ProgrammeIndicators.SmallGroups, null, 1, 1, 1, 1, 5, 6, 6, 0.5, 4),
    ];

    [Fact]
    public void Render_ByGenderInFrench_GroupsInWordsNeedsNotCountedAndThePoolingSaid()
    {
        // Decoded: the page writes French accents as character references.
        var html = System.Net.WebUtility.HtmlDecode(ProgrammeReportPage.Render(Total, ByGender, From, To, IndicatorBreakdown.Gender, "fr", Generated, Reference));

        Assert.Contains("Groupe: genre", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>femmes</td><td>–</td><td>1</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>non déclaré</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>petits groupes regroupés</td>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"note\">Les groupes de moins de 3 missions", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">female<", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ByCountryInArabic_CountryNamesRightToLeft()
    {
        IndicatorRow[] rows = [new("NL", null, 1, 1, 1, 0, 17, 4, 4, 0.5, 5)];

        var html = ProgrammeReportPage.Render(Total, rows, From, To, IndicatorBreakdown.CountryOfResidence, "ar", Generated, Reference);

        Assert.Contains("dir=\"rtl\"", html, StringComparison.Ordinal);
        Assert.Contains("<th>بلد الإقامة</th>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>هولندا</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_BySector_NoPoolingNote()
    {
        IndicatorRow[] rows = [new("health", 2, 3, 6, 5, 1, 36, 6, 10, 0.667, 3.8)];

        var html = ProgrammeReportPage.Render(Total, rows, From, To, IndicatorBreakdown.Sector, "en", Generated, Reference);

        Assert.Contains("<tr><td>Health</td><td>2</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"note\"", html, StringComparison.Ordinal);
    }
}
