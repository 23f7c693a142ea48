namespace DiasporaMatch.Api.Contracts;

/// <summary>Moves an open need to a final state: <c>filled</c>, <c>closed</c> or <c>withdrawn</c> (send the need's ETag in If-Match).</summary>
internal sealed record NeedStatusChange(string Status);
