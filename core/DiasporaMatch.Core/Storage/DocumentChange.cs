namespace DiasporaMatch.Storage;

/// <summary>One entry of a store's change feed. Consumers re-read the document: the entry says what changed, not how.</summary>
public sealed record DocumentChange(long Sequence, string Kind, string Id, ChangeOperation Operation, string? Version, DateTimeOffset At)
{
    /// <summary>
    /// The kind (and id) of a placeholder the file store writes for a change whose log line was damaged: which
    /// document changed is unknown, so a consumer that must not miss one re-reads them all.
    /// </summary>
    public const string LostKind = "lost-change";
}
