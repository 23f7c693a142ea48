using DiasporaMatch.Facts;
using DiasporaMatch.Normalisation;
using DiasporaMatch.Ranking;
using DiasporaMatch.Reference;
using DiasporaMatch.Search;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Matching;

/// <summary>
/// A record indexed at its stored version is matched from its indexed facts: a command answering one query does not
/// build the concept resolver (seconds on ESCO), and the answer is the one resolving its phrases gives.
/// </summary>
public sealed class MatchServiceIndexedFactsTests
{
    [Fact]
    public async Task MatchAsync_NeedIndexedAtItsStoredVersion_RanksAsResolvingWithoutTheResolver()
    {
        await using var h = await IndexedAsync();
        var resolved = h.Service.Match(new NeedBuilder("N-1").Build(), 10, new BaselineRanker());
        var counting = new CountingNormaliser(h.Taxonomy);
        using var service = ServiceOver(h, counting);

        var indexed = await service.MatchAsync("N-1", 10);

        Assert.NotEmpty(resolved);
        Assert.Equal(resolved.Select(r => (r.ExpertId, r.Score)), indexed!.Select(r => (r.ExpertId, r.Score)));
        Assert.Equal(0, counting.Calls);
    }

    [Fact]
    public async Task MatchAsync_NeedChangedSinceIndexed_ResolvesItsPhrasesAsStoredNow()
    {
        await using var h = await IndexedAsync();
        var changed = new NeedBuilder("N-1").With(n => n with { RequiredSkills = ["paediatric care"] }).Build();
        await h.AddAsync(changed); // stored, not indexed yet
        var counting = new CountingNormaliser(h.Taxonomy);
        using var service = ServiceOver(h, counting);

        var results = await service.MatchAsync("N-1", 10);

        Assert.Equal(1, counting.Calls);
        Assert.Equal("E-2", results![0].ExpertId); // ranked on the stored skill, not the indexed one
    }

    [Fact]
    public async Task RecommendAsync_ProfileIndexedAtItsStoredVersion_RanksAsResolvingWithoutTheResolver()
    {
        await using var h = await IndexedAsync();
        var resolved = await h.Service.RecommendAsync("E-1", 10);
        await h.AddAsync(new ProfileBuilder("E-3").Skills("neonatal care").Build());
        await h.Service.Indexer.CatchUpAsync();
        var counting = new CountingNormaliser(h.Taxonomy);
        using var service = ServiceOver(h, counting);

        var indexed = await service.RecommendAsync("E-1", 10);

        Assert.NotEmpty(resolved!);
        Assert.Equal(resolved!.Select(s => (s.Id, s.Score)), indexed!.Select(s => (s.Id, s.Score)));
        Assert.Equal(0, counting.Calls);
    }

    private static async Task<SearchHarness> IndexedAsync()
    {
        var h = new SearchHarness(onDisk: true);
        await h.AddAndIndexAsync(
            new ProfileBuilder("E-1").Skills("neonatal care").Build(),
            new ProfileBuilder("E-2").Skills("paediatric care").Build(),
            new NeedBuilder("N-1").Build());
        return h;
    }

    /// <summary>A second service over the harness's indexes, read-only, resolving through <paramref name="normaliser"/>.</summary>
    private static MatchService ServiceOver(SearchHarness h, ITermNormaliser normaliser) =>
        new(h.Store, SearchIndexes.OpenReadOnly(h.Folder.File("index")), new FactsBuilder(normaliser, new LanguageTerms(ReferenceData.Load(DataPaths.ReferenceFolder).CefrLevels)), h.Taxonomy);

    private sealed class CountingNormaliser(ITermNormaliser inner) : ITermNormaliser
    {
        public int Calls { get; private set; }

        public NormalisedTerms ForProfile(Profiles.ExpertProfile profile)
        {
            Calls++;
            return inner.ForProfile(profile);
        }

        public NormalisedTerms ForNeed(Needs.Need need)
        {
            Calls++;
            return inner.ForNeed(need);
        }
    }
}
