namespace DiasporaMatch.Storage;

/// <summary>A page of ids in ordinal order; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record DocumentPage(IReadOnlyList<string> Ids, string? NextCursor);
