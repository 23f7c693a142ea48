namespace DiasporaMatch.Api.Contracts;

/// <summary>The answer to a created or updated record: its id and the version an If-Match names next.</summary>
internal sealed record WriteReceipt(string Id, string Version);
