namespace DiasporaMatch.Duplicates;

/// <summary>
/// Two profiles staff said are different people (kind <see cref="DistinctProfiles.Kind"/>): duplicate detection no
/// longer flags the pair. <see cref="Experts"/> holds both ids in ordinal order, so the pair has one document.
/// </summary>
public sealed record DistinctPair
{
    public string Id { get; init; } = "";

    public IReadOnlyList<string> Experts { get; init; } = [];

    public DateTimeOffset At { get; init; }

    /// <summary>The staff member who said so.</summary>
    public string By { get; init; } = "";
}
