namespace DiasporaMatch.Import;

public sealed record ImportProgress(long Records, long Accepted, long Rejected, long BytesRead, long? TotalBytes);
