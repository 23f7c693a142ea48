using DiasporaMatch.Reference;

namespace DiasporaMatch.Ranking;

public sealed class SupportFitTests
{
    private static SupportFit Measure(string[]? wanted, string[] offered) => SupportFit.Measure(wanted, offered, SupportVocabulary.Bundled);

    [Fact]
    public void Measure_SameKindInAnotherLanguage_IsMet()
    {
        var fit = Measure(["Accès au foncier"], ["land access"]);

        Assert.Equal(1f, fit.Share);
        Assert.Equal(["land access"], fit.Met);
    }

    [Fact]
    public void Measure_SomeWantedKindsOffered_IsTheirShare()
    {
        var fit = Measure(["land access", "cofinancement", "incubatie", "تصدير"], ["accès au foncier", "incubation", "tax incentives"]);

        Assert.Equal(0.5f, fit.Share);
        Assert.Equal(["land access", "incubation"], fit.Met);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" |de la")]
    public void Measure_NothingWanted_IsNeutral(string? wanted)
    {
        var fit = Measure(wanted?.Split('|', StringSplitOptions.RemoveEmptyEntries), ["land access"]);

        Assert.Equal(SupportFit.Neutral, fit.Share);
        Assert.Empty(fit.Met);
    }

    [Fact]
    public void Measure_WantedButNothingOffered_IsZero()
    {
        Assert.Equal(0f, Measure(["mentoring"], []).Share);
    }

    [Fact]
    public void Measure_UnknownPhrase_FallsBackToFoldedTokenOverlap()
    {
        var met = Measure(["Technology transfer"], ["transfert de technologie", "technology TRANSFER programme"]);
        var unmet = Measure(["technology transfer"], ["export support"]);

        Assert.Equal(1f, met.Share);
        Assert.Equal(["technology TRANSFER programme"], met.Met);
        Assert.Equal(0f, unmet.Share);
    }

    [Fact]
    public void Measure_WantedKindNamedTwice_CountsOnce()
    {
        Assert.Equal(0.5f, Measure(["land access", "accès au foncier", "mentoring"], ["terrain"]).Share);
    }
}
