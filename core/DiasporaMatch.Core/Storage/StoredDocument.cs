namespace DiasporaMatch.Storage;

/// <summary>A JSON document as held by a store, with the version (ETag) a conditional write must name.</summary>
public sealed record StoredDocument(string Kind, string Id, string Version, ReadOnlyMemory<byte> Json);
