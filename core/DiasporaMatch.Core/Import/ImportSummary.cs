namespace DiasporaMatch.Import;

public sealed record ImportSummary(string Kind, long Records, long Created, long Updated, long Rejected, TimeSpan Elapsed)
{
    public long Accepted => Created + Updated;

    public double RecordsPerSecond => Elapsed.TotalSeconds > 0 ? Records / Elapsed.TotalSeconds : Records;
}
