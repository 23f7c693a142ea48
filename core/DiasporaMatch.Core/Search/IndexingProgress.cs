namespace DiasporaMatch.Search;

/// <summary>How far an indexing pass is: change-log entries applied of those it found waiting, and records indexed so far.</summary>
public sealed record IndexingProgress(long Applied, long Waiting, int Indexed);
