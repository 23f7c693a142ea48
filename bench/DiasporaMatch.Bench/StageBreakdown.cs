using System.Diagnostics;
using DiasporaMatch.Facts;
using DiasporaMatch.Matching;
using DiasporaMatch.Needs;
using DiasporaMatch.Normalisation;
using DiasporaMatch.Ranking;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.Search;
using DiasporaMatch.Text;

namespace DiasporaMatch.Bench;

/// <summary>Where a need → top-20 query spends its time: each stage timed on its own over the same needs, medians printed.</summary>
internal static class StageBreakdown
{
    public static void Run(MatchService service, FactsBuilder facts, ITaxonomyView taxonomy, IReadOnlyList<Need> needs, RankingModel? model)
    {
        var retriever = new ExpertRetriever(service.Indexes.Profiles, facts.LanguageTerms);
        var extractor = new FeatureExtractor(taxonomy);
        var stages = new Dictionary<string, List<double>>();
        var cpu = new Dictionary<string, List<double>>();
        var cpuMark = ThreadCpu.Milliseconds();
        var allocated = new Dictionary<string, long>();
        var mark = GC.GetAllocatedBytesForCurrentThread();
        void Add(string stage, long start)
        {
            (stages.TryGetValue(stage, out var list) ? list : stages[stage] = []).Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            var cpuNow = ThreadCpu.Milliseconds();
            (cpu.TryGetValue(stage, out var cpuList) ? cpuList : cpu[stage] = []).Add(cpuNow - cpuMark);
            var now = GC.GetAllocatedBytesForCurrentThread();
            allocated[stage] = allocated.GetValueOrDefault(stage) + now - mark;
            mark = GC.GetAllocatedBytesForCurrentThread();
            cpuMark = ThreadCpu.Milliseconds();
        }

        foreach (var need in needs)
        {
            mark = GC.GetAllocatedBytesForCurrentThread();
            cpuMark = ThreadCpu.Milliseconds();
            var t = Stopwatch.GetTimestamp();
            var needFacts = facts.ForNeed(need, facts.Normaliser.ForNeed(need));
            Add("need facts (normalise)", t);
            t = Stopwatch.GetTimestamp();
            foreach (var (field, text, _) in ExpertRetriever.TextClauses(need))
            {
                TextAnalysis.Tokenise(field, text, QueryClauses.MaxTokensPerField);
            }

            Add("query text analysis (the five passes of query build)", t);
            t = Stopwatch.GetTimestamp();
            service.Indexes.Profiles.Search(s => ExpertRetriever.Query(s.IndexReader, need, needFacts));
            Add("query build", t);
            t = Stopwatch.GetTimestamp();
            var hits = service.Indexes.Profiles.Search(s => DisjunctionSearch.Instance.Top(s, ExpertRetriever.Query(s.IndexReader, need, needFacts), retriever.Filter(needFacts), ExpertRetriever.DefaultTop));
            Add("query build + filter + score top 1,000 (no facts)", t);
            t = Stopwatch.GetTimestamp();
            var fetched = service.Indexes.Profiles.Search(s => hits.Select(h => service.Indexes.Profiles.FactsOf(s, h.Doc)).ToList());
            Add("facts of the 1,000 hits", t);
            t = Stopwatch.GetTimestamp();
            var languageIds = HardFilters.LanguageIds(needFacts);
            var passing = fetched.Count(f => HardFilters.Passes(needFacts, languageIds, f));
            Add("hard filters of the 1,000 hits", t);
            t = Stopwatch.GetTimestamp();
            var candidates = retriever.Retrieve(need, needFacts);
            Add("retrieve (query, filter, score, facts, hard filters)", t);
            t = Stopwatch.GetTimestamp();
            var prepared = extractor.For(needFacts);
            Add("prepare need", t);
            t = Stopwatch.GetTimestamp();
            var extracted = candidates.Select(c => prepared.Extract(c.Facts, c.Score)).ToList();
            Add("features, first pass", t);
            t = Stopwatch.GetTimestamp();
            foreach (var c in candidates)
            {
                prepared.Extract(c.Facts, c.Score);
            }

            Add("features, same candidates again (warm memo and caches)", t);
            t = Stopwatch.GetTimestamp();
            var fresh = extractor.For(needFacts);
            foreach (var c in candidates)
            {
                fresh.Extract(c.Facts, c.Score);
            }

            Add("features, new prepared need, candidates in cache", t);
            t = Stopwatch.GetTimestamp();
            var ranker = new BaselineRanker();
            var top = extracted.Select(f => ranker.Score(f, 0)).ToArray();
            Add("baseline scores", t);
            t = Stopwatch.GetTimestamp();
            foreach (var f in extracted.Take(20))
            {
                ReasonWriter.Write(f);
            }

            Add("reasons for 20", t);
            if (model is not null)
            {
                t = Stopwatch.GetTimestamp();
                model.ScoreAll(extracted.Select(f => f.Values).ToList());
                Add("model scores of 1,000", t);
                t = Stopwatch.GetTimestamp();
                model.Contributions(extracted.Take(20).Select(f => f.Values).ToList());
                Add("model contributions of 20", t);
                t = Stopwatch.GetTimestamp();
                service.Match(need, 20, model);
                Add("end to end with the model", t);
            }

            t = Stopwatch.GetTimestamp();
            service.Match(need, 20, new BaselineRanker());
            Add("end to end with the baseline", t);
        }

        foreach (var (stage, times) in stages)
        {
            Console.WriteLine($"  {stage,-58} p50 {Timing.Percentile([.. times], 50),6:F3} ms, p99 {Timing.Percentile([.. times], 99),6:F3} ms, thread CPU p50 {Timing.Percentile([.. cpu[stage]], 50),6:F3} ms, {allocated[stage] / 1024.0 / times.Count,6:N0} KB");
        }
    }
}
