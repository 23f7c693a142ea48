namespace DiasporaMatch.Storage;

/// <summary>A conditional write lost: the document exists already, is gone, or changed since it was read.</summary>
public sealed class DocumentConflictException(string kind, string id, string reason)
    : Exception($"{kind}/{id}: {reason}")
{
    public string Kind { get; } = kind;

    public string Id { get; } = id;
}
