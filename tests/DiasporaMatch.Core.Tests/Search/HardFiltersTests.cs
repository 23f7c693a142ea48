using DiasporaMatch.Facts;
using DiasporaMatch.Profiles;

namespace DiasporaMatch.Search;

public sealed class HardFiltersTests
{
    private static readonly DateRange March = new(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 31));

    private static readonly ExpertFacts Expert = new()
    {
        Id = "E-1",
        Consent = true,
        Languages = [new LanguageFact("fr", "B2", 3), new LanguageFact("nl", "native", 6)],
        Availability = [March],
    };

    private static readonly NeedFacts Need = new()
    {
        Id = "N-1",
        RequiredLanguages = [new LanguageFact("fr", "B1", 2)],
        Window = new DateRange(new DateOnly(2027, 3, 20), new DateOnly(2027, 4, 20)),
        OnSite = true,
    };

    public static TheoryData<string, bool> Cases => new()
    {
        { "as is", true },
        { "no consent", false },
        { "language below level", false },
        { "language not spoken", false },
        { "window after availability", false },
        { "remote need, remote-ok expert outside the window", true },
        { "on-site need, remote-ok expert outside the window", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Passes_Case_AnswersTheSameWithAndWithoutLanguageIds(string name, bool expected)
    {
        var (need, expert) = Pair(name);

        Assert.Equal(expected, HardFilters.Passes(need, expert.Packed));
        Assert.Equal(expected, HardFilters.Passes(need, HardFilters.LanguageIds(need), expert.Packed));
    }

    [Fact]
    public void LanguageIds_Need_OneCodeIdPerRequiredLanguageInOrder()
    {
        var need = Need with { RequiredLanguages = [new LanguageFact("nl", "B1", 2), new LanguageFact("fr", "B1", 2)] };

        Assert.Equal([CodeIds.Of("nl"), CodeIds.Of("fr")], HardFilters.LanguageIds(need));
    }

    private static (NeedFacts Need, ExpertFacts Expert) Pair(string name)
    {
        var late = new DateRange(new DateOnly(2027, 5, 1), new DateOnly(2027, 5, 31));
        return name switch
        {
            "no consent" => (Need, Expert with { Consent = false }),
            "language below level" => (Need with { RequiredLanguages = [new LanguageFact("fr", "C1", 4)] }, Expert),
            "language not spoken" => (Need with { RequiredLanguages = [new LanguageFact("ar", "A2", 1)] }, Expert),
            "window after availability" => (Need with { Window = late }, Expert),
            "remote need, remote-ok expert outside the window" => (Need with { Window = late, OnSite = false }, Expert with { RemoteOk = true }),
            "on-site need, remote-ok expert outside the window" => (Need with { Window = late }, Expert with { RemoteOk = true }),
            _ => (Need, Expert),
        };
    }
}
