namespace DiasporaMatch.Search;

/// <summary>What an indexing pass did: documents indexed or removed, documents that could not be read, the cursor reached.</summary>
public sealed record IndexingReport(int Indexed, int Removed, int Unreadable, long Cursor);
