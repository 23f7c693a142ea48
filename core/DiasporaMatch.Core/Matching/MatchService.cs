using System.Diagnostics;
using DiasporaMatch.Decisions;
using DiasporaMatch.Facts;
using DiasporaMatch.Needs;
using DiasporaMatch.Normalisation;
using DiasporaMatch.Profiles;
using DiasporaMatch.Ranking;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.Records;
using DiasporaMatch.Reference;
using DiasporaMatch.Search;
using DiasporaMatch.Storage;
using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Matching;

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
    private readonly MatchServiceOptions _options;
    private readonly bool _ownsIndexes;

    private readonly Lock _historyGate = new();

    /// <summary>Experts' track records for the past-assignment features; loaded from the store's decisions on first use.</summary>
    private AssignmentHistory? _history;

    /// <summary>Counts the changes to <see cref="_history"/>: a load during which one happened is not kept.</summary>
    private long _historyChanges;

    public MatchService(IDocumentStore store, SearchIndexes indexes, FactsBuilder facts, ITaxonomyView taxonomy, MatchServiceOptions? options = null)
    {
        _options = options ?? new MatchServiceOptions();
        _ownsIndexes = true;
        _store = store;
        _facts = facts;
        Indexes = indexes;
        Indexer = new SearchIndexer(store, indexes, facts, _options.LoggerFactory.CreateLogger<SearchIndexer>());
        _features = new FeatureExtractor(taxonomy);
        _experts = Experts(indexes, facts, _options.Retrieval);
        _needs = new NeedRetriever(indexes.Needs);
        _opportunities = new OpportunityRetriever(indexes.Opportunities);
    }

    /// <summary>A view over <paramref name="source"/>'s indexes with other options; disposing it leaves the indexes open.</summary>
    private MatchService(MatchService source, MatchServiceOptions options)
    {
        _options = options;
        _ownsIndexes = false;
        _store = source._store;
        _facts = source._facts;
        Indexes = source.Indexes;
        Indexer = source.Indexer;
        _features = source._features;
        _experts = options.Retrieval == source._options.Retrieval ? source._experts : Experts(Indexes, _facts, options.Retrieval);
        _needs = source._needs;
        _opportunities = source._opportunities;
    }

    public SearchIndexes Indexes { get; }

    private static ExpertRetriever Experts(SearchIndexes indexes, FactsBuilder facts, RetrievalPath path) =>
        new(indexes.Profiles, facts.LanguageTerms, path == RetrievalPath.Lucene ? LuceneHitSearch.Instance : DisjunctionSearch.Instance);

    /// <summary>Over read-only indexes (a reader beside the writing process): it answers queries and writes nothing, not even the feature log.</summary>
    public bool ReadOnly => Indexes.ReadOnly;

    public SearchIndexer Indexer { get; }

    public MatchServiceOptions Options => _options;

    /// <inheritdoc cref="MatchServiceOptions.Models"/>
    public ModelRegistry? Models => _options.Models;

    /// <inheritdoc cref="MatchServiceOptions.FeatureLog"/>
    public FeatureLog? FeatureLog => _options.FeatureLog;

    public TimeProvider Time => _options.Time;

    /// <inheritdoc cref="MatchServiceOptions.Cache"/>
    public MatchCache? Cache => _options.Cache;

    public ILoggerFactory LoggerFactory => _options.LoggerFactory;

    /// <summary>
    /// The same indexes served with other options (tests and training that swap the model registry or the
    /// feature log); the caller disposes the view, which leaves this service's indexes open.
    /// </summary>
    internal MatchService With(MatchServiceOptions options) => new(this, options);

    /// <summary>Drops the cached track records, so the next ranking reads the store's decisions again (after an import of decisions).</summary>
    public void ForgetHistory()
    {
        lock (_historyGate)
        {
            _history = null;
            _historyChanges++;
        }
    }

    /// <summary>Ranked experts for a stored need; null when the need does not exist. `model` without a model ranks by the baseline.</summary>
    public async Task<IReadOnlyList<MatchResult>?> MatchAsync(string needId, int top = 20, string ranker = RankerNames.Baseline, CancellationToken cancellationToken = default) =>
        await _store.GetAsync(RecordKind.Needs, needId, cancellationToken) is { } document
            ? await MatchAsync(document, top, ranker, fresh: false, cancellationToken)
            : null;

    /// <summary>
    /// Ranked experts for a need the caller has already read (the HTTP handler reads it to decide access);
    /// <paramref name="fresh"/> ranks anew even when an unchanged earlier list could be reused.
    /// </summary>
    public async Task<IReadOnlyList<MatchResult>> MatchAsync(StoredDocument document, int top, string ranker, bool fresh, CancellationToken cancellationToken = default)
    {
        var needId = document.Id;
        var history = await HistoryAsync(cancellationToken);
        var chosen = ResolveRanker(ranker);
        var key = new MatchKey(needId, document.Version, chosen.Name, (chosen as RankingModel)?.Manifest.Version, top);
        var generation = Indexes.Profiles.Generation;
        var results = fresh ? null : Cache?.Get(key, generation, history);
        if (results is null)
        {
            results = Match(RecordTypes.Read<Need>(document.Json), top, chosen, history: history, version: document.Version);
            Cache?.Put(key, generation, history, results);
        }

        if (FeatureLog is { } log && !ReadOnly)
        {
            await log.AppendServedAsync(needId, chosen.Name, (chosen as RankingModel)?.Manifest.Version, results, cancellationToken);
        }

        return results;
    }

    /// <summary>
    /// Ranks up to <paramref name="needs"/> stored needs with the baseline and, when one is trained, the model,
    /// serving, caching and logging nothing: a fresh server's first requests otherwise pay for compiling the ranking
    /// path (3–4× slower than warm, docs/performance.md). Returns how many rankings it ran.
    /// </summary>
    public async Task<int> WarmUpAsync(int needs, CancellationToken cancellationToken = default)
    {
        if (needs <= 0)
        {
            return 0;
        }

        var page = await _store.ListAsync(RecordKind.Needs, null, needs, cancellationToken);
        IRanker[] rankers = Models?.Current() is { } model ? [new BaselineRanker(), model] : [new BaselineRanker()];
        var rankings = 0;
        foreach (var id in page.Ids)
        {
            if (await _store.GetAsync(RecordKind.Needs, id, cancellationToken) is not { } document)
            {
                continue;
            }

            var need = RecordTypes.Read<Need>(document.Json);
            foreach (var ranker in rankers)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Match(need, top: 20, ranker, version: document.Version);
                rankings++;
            }
        }

        return rankings;
    }

    /// <summary>The ranker a name stands for: `model` is the current learned model, or the baseline when none is trained.</summary>
    public IRanker ResolveRanker(string name) =>
        name == RankerNames.Model ? (IRanker?)Models?.Current() ?? new BaselineRanker() : RankerNames.Create(name);

    /// <param name="version">The stored version <paramref name="need"/> was read from, if any: while the index holds that
    /// version, its resolved facts are used instead of resolving the need's phrases again.</param>
    public IReadOnlyList<MatchResult> Match(Need need, int top, IRanker ranker, int retrieve = ExpertRetriever.DefaultTop, AssignmentHistory? history = null, string? version = null)
    {
        using var activity = MatchTelemetry.Source.StartActivity("match");
        activity?.SetTag("dmatch.need.id", need.Id);
        activity?.SetTag("dmatch.ranker", ranker.Name);
        var (_, pairs) = Candidates(need, Math.Max(top, retrieve), history ?? AssignmentHistory.Empty, Time.GetUtcNow(), version);
        var stage = Stopwatch.GetTimestamp();
        var scores = ranker is RankingModel model
            ? model.ScoreAll(pairs.Select(p => p.Features.Values).ToList())
            : pairs.Select(p => ranker.Score(p.Features, p.RetrievalScore)).ToArray();
        var ranked = Eligibility.Rank(scores, pairs.Select(p => p.Eligible).ToArray(), top, (a, b) =>
                pairs[b].RetrievalScore.CompareTo(pairs[a].RetrievalScore) is var byText and not 0 ? byText : string.CompareOrdinal(pairs[a].ExpertId, pairs[b].ExpertId))
            .Select(i => (p: pairs[i], Score: scores[i]))
            .ToList();
        stage = MatchTelemetry.Stage("score", stage);
        var contributions = ranker is RankingModel explaining
            ? explaining.Contributions(ranked.Select(x => x.p.Features.Values).ToList())
            : null;
        var results = ranked
            .Select((x, i) => (x, Explanation: contributions is null ? ReasonWriter.Explain(x.p.Features) : ReasonWriter.Explain(x.p.Features, contributions[i])))
            .Select((r, i) => new MatchResult(i + 1, r.x.p.ExpertId, r.x.Score, English(r.Explanation), r.x.p.Features.Values)
            {
                RetrievalScore = r.x.p.RetrievalScore,
                Eligible = r.x.p.Eligible,
                Explanation = r.Explanation,
            })
            .ToList();
        MatchTelemetry.Stage("reasons", stage);
        activity?.SetTag("dmatch.candidates", pairs.Count);
        return results;
    }

    /// <summary>
    /// The need's retrieved candidates with their features, as of <paramref name="asOf"/> for the track-record
    /// features: the one path both serving and training take, so the model sees in training what it scores live.
    /// </summary>
    public (NeedFacts Facts, IReadOnlyList<CandidatePair> Pairs) Candidates(Need need, int retrieve, AssignmentHistory history, DateTimeOffset asOf, string? version = null)
    {
        var stage = Stopwatch.GetTimestamp();
        var facts = (version is null ? null : Indexes.Needs.FactsOf(need.Id, version)) ?? _facts.ForNeed(need, _facts.Normaliser.ForNeed(need));
        var candidates = _experts.Retrieve(need, facts, retrieve);
        stage = MatchTelemetry.Stage("retrieve", stage);
        var best = RetrievalScores.Best<PackedFacts>(candidates);
        var prepared = _features.For(facts);
        var pairs = new List<CandidatePair>(candidates.Length);
        for (var i = 0; i < candidates.Length; i++)
        {
            var c = candidates[i];
            var eligible = Eligibility.MeetsExperience(facts.MinYears, c.Facts.Years);
            pairs.Add(new CandidatePair(c.Facts.Id, c.Score, prepared.Extract(c.Facts, c.Score / best, history.Of(c.Facts.Id, asOf)), eligible));
        }

        MatchTelemetry.Stage("features", stage);
        return (facts, pairs);
    }

    private static IReadOnlyList<string> English(IReadOnlyList<Reason> reasons) => ReasonCatalogue.Bundled.Render(reasons, ReasonCatalogue.DefaultLanguage);

    /// <summary>Features of a pair retrieval did not return (a decided expert filtered out, or below the cut): text score 0.</summary>
    public MatchFeatures FeaturesFor(NeedFacts need, ExpertProfile profile, AssignmentHistory history, DateTimeOffset asOf) =>
        _features.Extract(need, _facts.ForProfile(profile, _facts.Normaliser.ForProfile(profile)), 0, history.Of(profile.Id, asOf));

    /// <summary>Logs the features of a decided pair as they are now, so training later learns from what staff saw.</summary>
    public async Task LogDecisionAsync(Decision decision, CancellationToken cancellationToken = default)
    {
        if (ReadOnly)
        {
            throw new InvalidOperationException("the match service is read-only: decisions are logged by the process that writes the data folder");
        }

        // The track-record features see this decision from the next ranking on; its own features are as of its
        // moment, which counts only earlier decisions.
        lock (_historyGate)
        {
            _history = _history?.With(decision);
            _historyChanges++;
        }

        if (FeatureLog is not { } log)
        {
            return;
        }

        var needDocument = await _store.GetAsync(RecordKind.Needs, decision.NeedId, cancellationToken);
        var profile = await ReadProfileAsync(decision.ExpertId, cancellationToken);
        if (needDocument is null || profile is null)
        {
            return;
        }

        var history = await HistoryAsync(cancellationToken);
        var need = RecordTypes.Read<Need>(needDocument.Json);
        var (facts, pairs) = Candidates(need, ExpertRetriever.DefaultTop, history, decision.At);
        var pair = pairs.FirstOrDefault(p => p.ExpertId == decision.ExpertId)
            ?? new CandidatePair(decision.ExpertId, 0, FeaturesFor(facts, profile, history, decision.At));
        await log.AppendDecisionAsync(decision, pair, cancellationToken);
    }

    /// <summary>Every stored decision, oldest first.</summary>
    public async Task<IReadOnlyList<Decision>> ReadDecisionsAsync(CancellationToken cancellationToken = default)
    {
        var decisions = new List<Decision>();
        await foreach (var document in _store.ScanAsync(RecordKind.Decisions, cancellationToken))
        {
            decisions.Add(RecordTypes.Read<Decision>(document.Json));
        }

        return decisions.OrderBy(d => d.At).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
    }

    public async Task<Need?> ReadNeedAsync(string needId, CancellationToken cancellationToken = default)
    {
        var document = await _store.GetAsync(RecordKind.Needs, needId, cancellationToken);
        return document is null ? null : RecordTypes.Read<Need>(document.Json);
    }

    public Task<ExpertProfile?> ReadExpertAsync(string expertId, CancellationToken cancellationToken = default) => ReadProfileAsync(expertId, cancellationToken);

    private async Task<AssignmentHistory> HistoryAsync(CancellationToken cancellationToken)
    {
        long changes;
        lock (_historyGate)
        {
            if (_history is { } known)
            {
                return known;
            }

            changes = _historyChanges;
        }

        // A decision stored while the store is read may be missing from what was read: such a load serves this
        // call only, and the next one reads again.
        var read = new AssignmentHistory(await ReadDecisionsAsync(cancellationToken));
        lock (_historyGate)
        {
            if (_historyChanges == changes)
            {
                _history ??= read;
            }
        }

        return read;
    }

    /// <summary>Open needs for an expert, ranked by the baseline; null when the profile does not exist.</summary>
    public Task<IReadOnlyList<Suggestion>?> RecommendAsync(string expertId, int top = 20, CancellationToken cancellationToken = default) =>
        RecommendAsync(expertId, top, RankerNames.Baseline, cancellationToken);

    /// <summary>
    /// Open needs for an expert ranked by <paramref name="ranker"/> (bm25, baseline, or the current need model —
    /// the baseline when none); null when the profile does not exist. The (need, expert) features are the
    /// model's own, so the need model ranks this direction too; its contributions explain the shown needs.
    /// </summary>
    public async Task<IReadOnlyList<Suggestion>?> RecommendAsync(string expertId, int top, string ranker, CancellationToken cancellationToken = default)
    {
        var chosen = ResolveRanker(ranker);
        var document = await _store.GetAsync(RecordKind.Profiles, expertId, cancellationToken);
        if (document is null)
        {
            return null;
        }

        var profile = RecordTypes.Read<ExpertProfile>(document.Json);
        var expert = Indexes.Profiles.StoredFactsOf<ExpertFacts>(expertId, document.Version) ?? _facts.ForProfile(profile, _facts.Normaliser.ForProfile(profile));
        var candidates = _needs.Retrieve(profile, expert);
        var best = RetrievalScores.Best<NeedFacts>(candidates);
        var pairs = candidates
            .Select(c => (c, Features: _features.Extract(c.Facts, expert, c.Score / best), Eligible: Eligibility.MeetsExperience(c.Facts.MinYears, expert.Years)))
            .ToList();
        var scores = chosen is RankingModel model
            ? model.ScoreAll(pairs.Select(p => p.Features.Values).ToList())
            : pairs.Select(p => chosen.Score(p.Features, p.c.Score)).ToArray();
        var ranked = Eligibility.Rank(scores, pairs.Select(p => p.Eligible).ToArray(), top, (a, b) => string.CompareOrdinal(pairs[a].c.Facts.Id, pairs[b].c.Facts.Id))
            .Select(i => (pairs[i].c, pairs[i].Features, pairs[i].Eligible, Score: scores[i]))
            .ToList();
        var contributions = chosen is RankingModel explaining ? explaining.Contributions(ranked.Select(x => x.Features.Values).ToList()) : null;
        return ranked
            .Select((x, i) => (x, Explanation: contributions is null ? ReasonWriter.Explain(x.Features) : ReasonWriter.Explain(x.Features, contributions[i])))
            .Select((r, i) => new Suggestion(i + 1, r.x.c.Facts.Id, r.x.c.Facts.Title, r.x.Score, English(r.Explanation), r.x.Features.Values)
            {
                Eligible = r.x.Eligible,
                Explanation = r.Explanation,
            })
            .ToList();
    }

    /// <summary>Open opportunities for an investor by the hand-weighted scorer; empty without investment interests, null when the profile does not exist.</summary>
    public Task<IReadOnlyList<Suggestion>?> InvestAsync(string expertId, int top = 20, CancellationToken cancellationToken = default) =>
        InvestAsync(expertId, top, RankerNames.Baseline, cancellationToken);

    /// <summary>
    /// Open opportunities for an investor ranked by <paramref name="ranker"/>: bm25, baseline (the hand-weighted
    /// <see cref="InvestmentScorer"/>) or model (the current investor ↔ opportunity model; the baseline when none).
    /// </summary>
    public async Task<IReadOnlyList<Suggestion>?> InvestAsync(string expertId, int top, string ranker, CancellationToken cancellationToken = default)
    {
        if (!RankerNames.IsKnown(ranker))
        {
            throw new ArgumentOutOfRangeException(nameof(ranker), ranker, "unknown ranker; use bm25, baseline or model");
        }

        var profile = await ReadProfileAsync(expertId, cancellationToken);
        if (profile is null)
        {
            return null;
        }

        if (profile.Investment is not { } interest || !profile.IsMatchable)
        {
            return [];
        }

        var pairs = OpportunityCandidates(interest);
        var model = ranker == RankerNames.Model ? Models?.Investments.Current() : null;
        var scores = model is not null
            ? model.ScoreAll(pairs.Select(p => p.Features).ToList())
            : pairs.Select(p => ranker == RankerNames.Bm25 ? p.RetrievalScore : InvestmentScorer.Score(p.Features)).ToArray();
        return TopRanked.ByScore(scores, top, (a, b) => string.CompareOrdinal(pairs[a].Opportunity.Id, pairs[b].Opportunity.Id))
            .Select(i => (p: pairs[i], Score: scores[i]))
            .Select((x, i) => new Suggestion(i + 1, x.p.Opportunity.Id, x.p.Opportunity.Title, x.Score, InvestmentScorer.Reasons(interest, x.p.Opportunity, x.p.Features), x.p.Features)
            {
                Explanation = InvestmentScorer.Explain(interest, x.p.Opportunity, x.p.Features),
            })
            .ToList();
    }

    /// <summary>An investor's retrieved open opportunities with their features: the one path serving and investor training take.</summary>
    public IReadOnlyList<InvestmentPair> OpportunityCandidates(InvestmentInterest interest, int retrieve = ExpertRetriever.DefaultTop)
    {
        var candidates = _opportunities.Retrieve(interest, retrieve);
        var best = RetrievalScores.Best<OpportunityFacts>(candidates);
        var wants = SupportWants.Of(interest.SupportWanted, SupportVocabulary.Bundled);
        return candidates.Select(c => new InvestmentPair(c.Facts, c.Score, InvestmentScorer.Features(interest, wants, c.Facts, c.Score / best))).ToList();
    }

    public async Task<Opportunities.Opportunity?> ReadOpportunityAsync(string opportunityId, CancellationToken cancellationToken = default)
    {
        var document = await _store.GetAsync(RecordKind.Opportunities, opportunityId, cancellationToken);
        return document is null ? null : RecordTypes.Read<Opportunities.Opportunity>(document.Json);
    }

    public void Dispose()
    {
        if (_ownsIndexes)
        {
            Indexer.Dispose();
            Indexes.Dispose();
            Cache?.Dispose();
        }
    }

    private async Task<ExpertProfile?> ReadProfileAsync(string expertId, CancellationToken cancellationToken)
    {
        var document = await _store.GetAsync(RecordKind.Profiles, expertId, cancellationToken);
        return document is null ? null : RecordTypes.Read<ExpertProfile>(document.Json);
    }
}
