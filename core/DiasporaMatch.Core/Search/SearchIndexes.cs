using DiasporaMatch.Facts;
using DiasporaMatch.Storage;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Search;

/// <summary>The three indexes, each in its own folder under one root (or in memory for tests).</summary>
public sealed class SearchIndexes : IDisposable
{
    public const string ProfilesFolder = "profiles";
    public const string NeedsFolder = "needs";
    public const string OpportunitiesFolder = "opportunities";

    private SearchIndexes(string? root, LuceneIndex<PackedFacts> profiles, LuceneIndex<NeedFacts> needs, LuceneIndex<OpportunityFacts> opportunities)
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

    public LuceneIndex<PackedFacts> Profiles { get; }

    public LuceneIndex<NeedFacts> Needs { get; }

    public LuceneIndex<OpportunityFacts> Opportunities { get; }

    /// <summary>Opened by <see cref="OpenReadOnly"/>: searches only, writes throw, nothing is created or locked.</summary>
    public bool ReadOnly => Profiles.ReadOnly;

    /// <summary>True while any index decodes facts in the background (a server's first seconds, and after merges).</summary>
    public bool Warming => Profiles.Warming || Needs.Warming || Opportunities.Warming;

    /// <summary>Completes once every index has decoded the facts of the searchers it opened so far (<see cref="LuceneIndex{TFacts}.Warmed"/>).</summary>
    public Task Warmed => Task.WhenAll(Profiles.Warmed, Needs.Warmed, Opportunities.Warmed);

    /// <summary>True when any index holds documents of an earlier <see cref="IndexFields.Layout"/> or of another taxonomy.</summary>
    public bool Outdated => Profiles.Outdated || Needs.Outdated || Opportunities.Outdated;

    /// <summary>The sequence every index has committed; resuming from it replays only idempotent upserts and deletes.</summary>
    public long Cursor => Math.Min(Profiles.Cursor, Math.Min(Needs.Cursor, Opportunities.Cursor));

    /// <summary>Opens (creating when missing) the indexes under <paramref name="root"/>; another process holding them fails with <see cref="StoreBusyException"/>.</summary>
    /// <param name="taxonomy">The fingerprint of the taxonomy phrases are resolved with (<see cref="LuceneIndex{TFacts}.Outdated"/>).</param>
    /// <param name="logger">Where a failed background warm-up is reported.</param>
    public static SearchIndexes Open(string root, FactsWarming warming = FactsWarming.Lazy, string? taxonomy = null, ILogger? logger = null)
    {
        LuceneIndex<PackedFacts>? profiles = null;
        LuceneIndex<NeedFacts>? needs = null;
        try
        {
            profiles = new LuceneIndex<PackedFacts>(PrivateFolder(root, ProfilesFolder), warming, taxonomy, logger);
            needs = new LuceneIndex<NeedFacts>(PrivateFolder(root, NeedsFolder), warming, taxonomy, logger);
            return new SearchIndexes(root, profiles, needs, new LuceneIndex<OpportunityFacts>(PrivateFolder(root, OpportunitiesFolder), warming, taxonomy, logger));
        }
        catch (LockObtainFailedException ex)
        {
            profiles?.Dispose();
            needs?.Dispose();
            throw new StoreBusyException(Path.GetDirectoryName(Path.GetFullPath(root))!, ex);
        }
        catch
        {
            profiles?.Dispose();
            needs?.Dispose();
            throw;
        }
    }

    /// <summary>True when each of the three index folders under <paramref name="root"/> holds a commit (reads only).</summary>
    public static bool Exists(string root) => Folders.All(name =>
    {
        var path = Path.Combine(root, name);
        if (!System.IO.Directory.Exists(path))
        {
            return false;
        }

        using var directory = FSDirectory.Open(path);
        return DirectoryReader.IndexExists(directory);
    });

    /// <summary>
    /// Opens the last commit of each existing index for reading only, beside the process that writes them (no lock
    /// taken, nothing created or written); missing indexes fail with <see cref="DirectoryNotFoundException"/>.
    /// </summary>
    public static SearchIndexes OpenReadOnly(string root, FactsWarming warming = FactsWarming.Lazy)
    {
        if (!Exists(root))
        {
            throw new DirectoryNotFoundException($"there is no search index in {Path.GetFullPath(root)} yet");
        }

        LuceneIndex<PackedFacts>? profiles = null;
        LuceneIndex<NeedFacts>? needs = null;
        try
        {
            profiles = LuceneIndex<PackedFacts>.OpenReadOnly(FSDirectory.Open(Path.Combine(root, ProfilesFolder)), warming);
            needs = LuceneIndex<NeedFacts>.OpenReadOnly(FSDirectory.Open(Path.Combine(root, NeedsFolder)), warming);
            return new SearchIndexes(root, profiles, needs, LuceneIndex<OpportunityFacts>.OpenReadOnly(FSDirectory.Open(Path.Combine(root, OpportunitiesFolder)), warming));
        }
        catch
        {
            profiles?.Dispose();
            needs?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Lucene creates its own files with the process's default mode (it takes no mode): the folders holding them
    /// are created 0700 first, so nothing inside is reachable by other users whatever the files' own modes.
    /// </summary>
    private static FSDirectory PrivateFolder(string root, string name)
    {
        var path = Path.Combine(root, name);
        PrivateFiles.CreateFolder(path);
        return FSDirectory.Open(path);
    }

    public static SearchIndexes InMemory() => new(
        null,
        new LuceneIndex<PackedFacts>(new RAMDirectory()),
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
