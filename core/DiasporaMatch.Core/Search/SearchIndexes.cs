using DiasporaMatch.Facts;
using Lucene.Net.Store;

namespace DiasporaMatch.Search;

/// <summary>The three indexes, each in its own folder under one root (or in memory for tests).</summary>
public sealed class SearchIndexes : IDisposable
{
    private SearchIndexes(LuceneIndex<ExpertFacts> profiles, LuceneIndex<NeedFacts> needs, LuceneIndex<OpportunityFacts> opportunities)
    {
        Profiles = profiles;
        Needs = needs;
        Opportunities = opportunities;
    }

    public LuceneIndex<ExpertFacts> Profiles { get; }

    public LuceneIndex<NeedFacts> Needs { get; }

    public LuceneIndex<OpportunityFacts> Opportunities { get; }

    /// <summary>True while any index decodes facts in the background (a server's first seconds, and after merges).</summary>
    public bool Warming => Profiles.Warming || Needs.Warming || Opportunities.Warming;

    /// <summary>The sequence every index has committed; resuming from it replays only idempotent upserts and deletes.</summary>
    public long Cursor => Math.Min(Profiles.Cursor, Math.Min(Needs.Cursor, Opportunities.Cursor));

    public static SearchIndexes Open(string root, FactsWarming warming = FactsWarming.Lazy) => new(
        new LuceneIndex<ExpertFacts>(FSDirectory.Open(Path.Combine(root, "profiles")), warming),
        new LuceneIndex<NeedFacts>(FSDirectory.Open(Path.Combine(root, "needs")), warming),
        new LuceneIndex<OpportunityFacts>(FSDirectory.Open(Path.Combine(root, "opportunities")), warming));

    public static SearchIndexes InMemory() => new(
        new LuceneIndex<ExpertFacts>(new RAMDirectory()),
        new LuceneIndex<NeedFacts>(new RAMDirectory()),
        new LuceneIndex<OpportunityFacts>(new RAMDirectory()));

    public void Commit(long cursor)
    {
        Profiles.Commit(cursor);
        Needs.Commit(cursor);
        Opportunities.Commit(cursor);
    }

    public void Dispose()
    {
        Profiles.Dispose();
        Needs.Dispose();
        Opportunities.Dispose();
    }
}
