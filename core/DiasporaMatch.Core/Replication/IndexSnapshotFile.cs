namespace DiasporaMatch.Replication;

/// <summary>One file of a snapshot: <c>{index}/{lucene file name}</c> and its length (checked after download).</summary>
public sealed record IndexSnapshotFile(string Path, long Length);
