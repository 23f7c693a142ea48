namespace DiasporaMatch.Opportunities;

/// <summary>An investment opportunity posted by an investment centre, incubator or cooperative (kind <c>opportunities</c>).</summary>
public sealed record Opportunity
{
    public string Id { get; init; } = "";

    public string OrganisationId { get; init; } = "";

    public string Title { get; init; } = "";

    public string? Description { get; init; }

    public string Country { get; init; } = "";

    public string? Region { get; init; }

    public string Sector { get; init; } = "";

    public decimal? AmountSoughtEur { get; init; }

    public string? Stage { get; init; }

    public IReadOnlyList<string> SupportOffered { get; init; } = [];

    public string Status { get; init; } = "open";
}
