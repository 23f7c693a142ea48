using DiasporaMatch.Facts;
using Lucene.Net.Store;

namespace DiasporaMatch.Search;

/// <summary>The three indexes, each in its own folder under one root (or in memory for tests).</summary>
public sealed class SearchIndexes : IDisposable
{
    public const string ProfilesFolder = "profiles";
    public const string NeedsFolder = "needs";
    public const string OpportunitiesFolder = "opportunities";

    private SearchIndexes(string? root, LuceneIndex<ExpertFacts> profiles, LuceneIndex<NeedFacts> needs, LuceneIndex<OpportunityFacts> opportunities)
    {
        Root = root;
        Profiles = profiles;
        Needs = needs;
        Opportunities = opportunities;
    }

    /// <summary>The index folders under <see cref="Root"/>, one per indexed kind.</summary>
    public static IReadOnlyList<string> Folders { get; } = [ProfilesFolder, NeedsFolder, OpportunitiesFolder];

    /// <summary>The folder holding the three index folders; null for indexes in memory.</summary>
    public string? Root { get; }

    public LuceneIndex<ExpertFacts> Profiles { get; }

    public LuceneIndex<NeedFacts> Needs { get; }

    public LuceneIndex<OpportunityFacts> Opportunities { get; }

    /// <summary>True while any index decodes facts in the background (a server's first seconds, and after merges).</summary>
    public bool Warming => Profiles.Warming || Needs.Warming || Opportunities.Warming;

    /// <summary>The sequence every index has committed; resuming from it replays only idempotent upserts and deletes.</summary>
    public long Cursor => Math.Min(Profiles.Cursor, Math.Min(Needs.Cursor, Opportunities.Cursor));

    public static SearchIndexes Open(string root, FactsWarming warming = FactsWarming.Lazy) => new(
        root,
        new LuceneIndex<ExpertFacts>(FSDirectory.Open(Path.Combine(root, ProfilesFolder)), warming),
        new LuceneIndex<NeedFacts>(FSDirectory.Open(Path.Combine(root, NeedsFolder)), warming),
        new LuceneIndex<OpportunityFacts>(FSDirectory.Open(Path.Combine(root, OpportunitiesFolder)), warming));

    public static SearchIndexes InMemory() => new(
        null,
        new LuceneIndex<ExpertFacts>(new RAMDirectory()),
        new LuceneIndex<NeedFacts>(new RAMDirectory()),
        new LuceneIndex<OpportunityFacts>(new RAMDirectory()));

    /// <summary>Pins each index's latest commit (by folder) until the result is disposed.</summary>
    public PinnedCommits Pin() => new(
    [
        (ProfilesFolder, Profiles.Pin(), Profiles.Unpin),
        (NeedsFolder, Needs.Pin(), Needs.Unpin),
        (OpportunitiesFolder, Opportunities.Pin(), Opportunities.Unpin),
    ]);

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
