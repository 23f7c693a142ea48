namespace DiasporaMatch.Profiles;

public sealed record InvestmentInterest
{
    public IReadOnlyList<string> Sectors { get; init; } = [];

    public IReadOnlyList<string> Regions { get; init; } = [];

    public decimal? TicketMinEur { get; init; }

    public decimal? TicketMaxEur { get; init; }

    /// <summary>idea, create, expand or partner.</summary>
    public string? Stage { get; init; }

    /// <summary>Kinds of support looked for, free phrases in any language ("accès au foncier", "mentoring"); null when none is stated (and then not written).</summary>
    public IReadOnlyList<string>? SupportWanted { get; init; }
}
