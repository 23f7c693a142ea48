using DiasporaMatch.Validation;

namespace DiasporaMatch.Records;

/// <summary>What a write did: the stored id and version, or why nothing was stored.</summary>
public sealed record WriteOutcome(WriteStatus Status, string? Id, string? Version, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Status is WriteStatus.Created or WriteStatus.Updated;

    public static WriteOutcome Rejected(WriteStatus status, string? id, params FieldError[] errors) => new(status, id, null, errors);
}
