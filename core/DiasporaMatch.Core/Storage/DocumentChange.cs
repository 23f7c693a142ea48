namespace DiasporaMatch.Storage;

/// <summary>One entry of a store's change feed. Consumers re-read the document: the entry says what changed, not how.</summary>
public sealed record DocumentChange(long Sequence, string Kind, string Id, ChangeOperation Operation, string? Version, DateTimeOffset At);
