namespace DiasporaMatch.Facts;

/// <summary>What the investment scorer needs of an opportunity.</summary>
public sealed record OpportunityFacts
{
    public string Id { get; init; } = "";

    public string Title { get; init; } = "";

    public string Status { get; init; } = "open";

    public string Country { get; init; } = "";

    public string? Region { get; init; }

    public string Sector { get; init; } = "";

    public decimal? AmountSoughtEur { get; init; }

    public string? Stage { get; init; }

    /// <summary>The opportunity's own phrases; compared as kinds of support when an investor is scored.</summary>
    public IReadOnlyList<string> SupportOffered { get; init; } = [];

    public bool IsOpen => Status == "open";
}
