namespace DiasporaMatch.Search;

/// <summary>
/// Where committed indexes stand against the change log: <paramref name="Behind"/> changes to indexed records not
/// applied yet, or <paramref name="Ahead"/> when they hold changes the log no longer has (a log restored from a backup).
/// </summary>
public sealed record IndexLag(long Behind, bool Ahead)
{
    public bool Current => Behind == 0 && !Ahead;
}
