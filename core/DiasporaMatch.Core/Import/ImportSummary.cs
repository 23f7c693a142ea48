namespace DiasporaMatch.Import;

/// <param name="CreatedIds">The ids of the records this import created, in id order (a bulk import's new profiles are checked for probable duplicates).</param>
public sealed record ImportSummary(string Kind, long Records, IReadOnlyList<string> CreatedIds, long Updated, long Rejected, TimeSpan Elapsed)
{
    public long Created => CreatedIds.Count;

    public long Accepted => Created + Updated;

    public double RecordsPerSecond => Elapsed.TotalSeconds > 0 ? Records / Elapsed.TotalSeconds : Records;
}
