namespace DiasporaMatch.Allocation;

/// <summary>
/// A computed plan as kept (kind <c>allocation-plans</c>): what was asked, what came out, the versions of the
/// documents it was computed on (<see cref="Basis"/>), and whether it has been applied and into which assignments.
/// </summary>
public sealed record StoredPlan
{
    public const string Planned = "planned";
    public const string Applying = "applying";
    public const string Applied = "applied";

    public required string Id { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string By { get; init; }

    public IReadOnlyList<string> NeedIds { get; init; } = [];

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int Top { get; init; }

    public string Ranker { get; init; } = "";

    public int? MaxPerExpert { get; init; }

    public IReadOnlyList<AllocationPair> Pins { get; init; } = [];

    public IReadOnlyList<AllocationPair> Excludes { get; init; } = [];

    public IReadOnlyList<AllocationRow> Rows { get; init; } = [];

    public IReadOnlyList<UnfilledNeed> Unfilled { get; init; } = [];

    public long Quality { get; init; }

    public long GreedyQuality { get; init; }

    public bool Optimal { get; init; }

    public double Gini { get; init; }

    public double Coverage { get; init; }

    /// <summary>Versions by <c>kind/id</c> of the needs, need positions and expert bookings the rows depend on.</summary>
    public IReadOnlyDictionary<string, string> Basis { get; init; } = new Dictionary<string, string>();

    /// <summary><see cref="Planned"/>, <see cref="Applying"/> (claimed by one apply) or <see cref="Applied"/>.</summary>
    public string State { get; init; } = Planned;

    public DateTimeOffset? AppliedAt { get; init; }

    public string? AppliedBy { get; init; }

    /// <summary>The shortlisted assignments the apply opened, one per accepted row.</summary>
    public IReadOnlyList<string> Assignments { get; init; } = [];
}
