using Lucene.Net.Index;

namespace DiasporaMatch.Search;

/// <summary>The latest commit of each index, pinned by <see cref="SearchIndexes.Pin"/>; disposing releases them.</summary>
public sealed class PinnedCommits(IReadOnlyList<(string Folder, IndexCommit Commit, Action<IndexCommit> Release)> pins) : IDisposable
{
    public IEnumerable<(string Folder, IndexCommit Commit)> Commits => pins.Select(p => (p.Folder, p.Commit));

    public void Dispose()
    {
        foreach (var (_, commit, release) in pins)
        {
            release(commit);
        }
    }
}
