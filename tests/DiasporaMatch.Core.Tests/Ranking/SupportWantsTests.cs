using DiasporaMatch.Reference;

namespace DiasporaMatch.Ranking;

public sealed class SupportWantsTests
{
    [Fact]
    public void Of_SameKindInTwoLanguagesAndAnUnknownPhrase_OneKindOneUnknown()
    {
        var wants = SupportWants.Of(["land access", "Accès au foncier", "a quiet cellar", "A quiet cellar"], SupportVocabulary.Bundled);

        Assert.Single(wants.Kinds);
        Assert.Single(wants.Unknown);
        Assert.Equal(2, wants.Count);
    }

    [Fact]
    public void Measure_PreparedWants_SameAsFromPhrases()
    {
        string[] wanted = ["land access", "mentoring", "a quiet cellar"];
        string[] offered = ["accès au foncier", "quiet cellar nearby"];

        var prepared = SupportFit.Measure(SupportWants.Of(wanted, SupportVocabulary.Bundled), offered, SupportVocabulary.Bundled);
        var direct = SupportFit.Measure(wanted, offered, SupportVocabulary.Bundled);

        Assert.Equal(direct.Share, prepared.Share);
        Assert.Equal(direct.Met, prepared.Met);
        Assert.Equal(2f / 3, prepared.Share, 5);
    }
}
