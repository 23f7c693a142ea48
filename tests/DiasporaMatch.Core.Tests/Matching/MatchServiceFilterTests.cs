using DiasporaMatch.Profiles;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Matching;

public sealed class MatchServiceFilterTests : IAsyncLifetime
{
    private static readonly DateOnly March1 = new(2027, 3, 1);
    private readonly SearchHarness _h = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _h.DisposeAsync().AsTask();

    [Fact]
    public async Task Match_ExpertWithoutConsent_IsExcluded()
    {
        await _h.AddAndIndexAsync(
            new ProfileBuilder("E-1").Skills("neonatal care").Build(),
            new ProfileBuilder("E-2").Skills("neonatal care").NoConsent().Build());

        var results = await _h.MatchAsync(new NeedBuilder("N-1").Build());

        Assert.Equal(["E-1"], results.Select(r => r.ExpertId));
    }

    [Fact]
    public async Task Match_LanguageLevel_OnlyAtOrAboveRequiredLevelPass()
    {
        await _h.AddAndIndexAsync(
            new ProfileBuilder("E-B1").Skills("neonatal care").Languages(new LanguageSkill("fr", "B1")).Build(),
            new ProfileBuilder("E-B2").Skills("neonatal care").Languages(new LanguageSkill("fr", "B2")).Build(),
            new ProfileBuilder("E-NATIVE").Skills("neonatal care").Languages(new LanguageSkill("fr", "native")).Build(),
            new ProfileBuilder("E-NOLEVEL").Skills("neonatal care").Languages(new LanguageSkill("fr")).Build(),
            new ProfileBuilder("E-AR").Skills("neonatal care").Languages(new LanguageSkill("ar", "C2")).Build());

        var results = await _h.MatchAsync(new NeedBuilder("N-1").Build());

        Assert.Equal(["E-B2", "E-NATIVE"], results.Select(r => r.ExpertId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Match_OnSiteNeed_RequiresAvailabilityOverlappingWindow()
    {
        var window = new DateRange(new DateOnly(2027, 5, 1), new DateOnly(2027, 5, 31));
        await _h.AddAndIndexAsync(
            new ProfileBuilder("E-IN").Skills("neonatal care").Available(new DateRange(new DateOnly(2027, 5, 20), new DateOnly(2027, 6, 20))).Build(),
            new ProfileBuilder("E-BEFORE").Skills("neonatal care").Available(new DateRange(March1, new DateOnly(2027, 4, 30))).Build(),
            new ProfileBuilder("E-STRADDLE").Skills("neonatal care")
                .Available(new DateRange(March1, new DateOnly(2027, 4, 30)), new DateRange(new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 30))).Build(),
            new ProfileBuilder("E-MANY").Skills("neonatal care")
                .Available([.. Enumerable.Range(0, 6).Select(i => new DateRange(March1.AddDays(i * 2), March1.AddDays(i * 2))), new DateRange(new DateOnly(2027, 6, 2), new DateOnly(2027, 6, 3))]).Build(),
            new ProfileBuilder("E-REMOTE").Skills("neonatal care").Available().With(p => p with { RemoteOk = true }).Build());

        var onSite = await _h.MatchAsync(new NeedBuilder("N-1").With(n => n with { Window = window }).Build());
        var remote = await _h.MatchAsync(new NeedBuilder("N-2").With(n => n with { Window = window, OnSite = false }).Build());

        Assert.Equal(["E-IN"], onSite.Select(r => r.ExpertId));
        Assert.Equal(["E-IN", "E-REMOTE"], remote.Select(r => r.ExpertId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Match_ClosedWorldOfTerms_ExpertWithNothingInCommonIsNotRetrieved()
    {
        await _h.AddAndIndexAsync(new ProfileBuilder("E-1").Skills("welding").With(p => p with { Occupation = "welder" }).Build());

        var results = await _h.MatchAsync(new NeedBuilder("N-1").Build());

        Assert.Empty(results);
    }
}
