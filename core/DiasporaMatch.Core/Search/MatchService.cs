using DiasporaMatch.Hosting;
using DiasporaMatch.Needs;
using DiasporaMatch.Normalisation;
using DiasporaMatch.Profiles;
using DiasporaMatch.Ranking;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Search;

/// <summary>
/// The matching facade the CLI and the HTTP API call: retrieve candidates from an index, extract features,
/// rank, explain. Reads the query's own record from the store; candidates come from index facts only.
/// </summary>
public sealed class MatchService : IDisposable
{
    private readonly IDocumentStore _store;
    private readonly FactsBuilder _facts;
    private readonly FeatureExtractor _features;
    private readonly ExpertRetriever _experts;
    private readonly NeedRetriever _needs;
    private readonly OpportunityRetriever _opportunities;

    public MatchService(IDocumentStore store, SearchIndexes indexes, FactsBuilder facts, ITaxonomyView taxonomy)
    {
        _store = store;
        _facts = facts;
        Indexes = indexes;
        Indexer = new SearchIndexer(store, indexes, facts);
        _features = new FeatureExtractor(taxonomy);
        _experts = new ExpertRetriever(indexes.Profiles, facts.LanguageTerms);
        _needs = new NeedRetriever(indexes.Needs);
        _opportunities = new OpportunityRetriever(indexes.Opportunities);
    }

    public SearchIndexes Indexes { get; }

    public SearchIndexer Indexer { get; }

    /// <summary>Opens the workspace's indexes and applies the store changes they have not seen yet.</summary>
    public static async Task<MatchService> OpenAsync(Workspace workspace, CancellationToken cancellationToken = default)
    {
        var indexes = SearchIndexes.Open(workspace.IndexFolder);
        var facts = new FactsBuilder(workspace.TermNormaliser, new LanguageTerms(workspace.Reference.CefrLevels));
        var service = new MatchService(workspace.Store, indexes, facts, workspace.TaxonomyView);
        try
        {
            await service.Indexer.CatchUpAsync(cancellationToken);
            return service;
        }
        catch
        {
            service.Dispose();
            throw;
        }
    }

    /// <summary>Ranked experts for a stored need; null when the need does not exist.</summary>
    public async Task<IReadOnlyList<MatchResult>?> MatchAsync(string needId, int top = 20, string ranker = RankerNames.Baseline, CancellationToken cancellationToken = default)
    {
        var document = await _store.GetAsync(RecordKind.Needs, needId, cancellationToken);
        return document is null ? null : Match(RecordTypes.Read<Need>(document.Json), top, RankerNames.Create(ranker));
    }

    public IReadOnlyList<MatchResult> Match(Need need, int top, IRanker ranker, int retrieve = ExpertRetriever.DefaultTop)
    {
        var facts = _facts.ForNeed(need, _facts.Normaliser.ForNeed(need));
        var candidates = _experts.Retrieve(need, facts, Math.Max(top, retrieve));
        var best = candidates.Count == 0 ? 1f : Math.Max(candidates.Max(c => c.Score), float.Epsilon);
        return candidates
            .Select(c => (c, Features: _features.Extract(facts, c.Facts, c.Score / best)))
            .Select(x => (x.c, x.Features, Score: ranker.Score(x.Features, x.c.Score)))
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => x.c.Score)
            .ThenBy(x => x.c.Facts.Id, StringComparer.Ordinal)
            .Take(top)
            .Select((x, i) => new MatchResult(i + 1, x.c.Facts.Id, x.Score, ReasonWriter.Write(x.Features), x.Features.Values))
            .ToList();
    }

    /// <summary>Open needs for an expert, ranked by the baseline; null when the profile does not exist.</summary>
    public async Task<IReadOnlyList<Suggestion>?> RecommendAsync(string expertId, int top = 20, CancellationToken cancellationToken = default)
    {
        var profile = await ReadProfileAsync(expertId, cancellationToken);
        if (profile is null)
        {
            return null;
        }

        var expert = _facts.ForProfile(profile, _facts.Normaliser.ForProfile(profile));
        var candidates = _needs.Retrieve(profile, expert);
        var best = candidates.Count == 0 ? 1f : Math.Max(candidates.Max(c => c.Score), float.Epsilon);
        var ranker = new BaselineRanker();
        return candidates
            .Select(c => (c, Features: _features.Extract(c.Facts, expert, c.Score / best)))
            .Select(x => (x.c, x.Features, Score: ranker.Score(x.Features, x.c.Score)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.c.Facts.Id, StringComparer.Ordinal)
            .Take(top)
            .Select((x, i) => new Suggestion(i + 1, x.c.Facts.Id, x.c.Facts.Title, x.Score, ReasonWriter.Write(x.Features), x.Features.Values))
            .ToList();
    }

    /// <summary>Open opportunities for an investor; empty without investment interests, null when the profile does not exist.</summary>
    public async Task<IReadOnlyList<Suggestion>?> InvestAsync(string expertId, int top = 20, CancellationToken cancellationToken = default)
    {
        var profile = await ReadProfileAsync(expertId, cancellationToken);
        if (profile is null)
        {
            return null;
        }

        if (profile.Investment is not { } interest || !profile.IsMatchable)
        {
            return [];
        }

        var candidates = _opportunities.Retrieve(interest);
        var best = candidates.Count == 0 ? 1f : Math.Max(candidates.Max(c => c.Score), float.Epsilon);
        return candidates
            .Select(c => (c, Features: InvestmentScorer.Features(interest, c.Facts, c.Score / best)))
            .Select(x => (x.c, x.Features, Score: InvestmentScorer.Score(x.Features)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.c.Facts.Id, StringComparer.Ordinal)
            .Take(top)
            .Select((x, i) => new Suggestion(i + 1, x.c.Facts.Id, x.c.Facts.Title, x.Score, InvestmentScorer.Reasons(interest, x.c.Facts, x.Features), x.Features))
            .ToList();
    }

    public void Dispose()
    {
        Indexer.Dispose();
        Indexes.Dispose();
    }

    private async Task<ExpertProfile?> ReadProfileAsync(string expertId, CancellationToken cancellationToken)
    {
        var document = await _store.GetAsync(RecordKind.Profiles, expertId, cancellationToken);
        return document is null ? null : RecordTypes.Read<ExpertProfile>(document.Json);
    }
}
