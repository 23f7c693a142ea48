namespace DiasporaMatch.Organisations;

/// <summary>An institution, investment centre or firm that posts needs or opportunities (kind <c>organisations</c>).</summary>
public sealed record Organisation
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>public, university, health, ngo, private or investment-centre.</summary>
    public string Type { get; init; } = "";

    public string Country { get; init; } = "";

    public string? Region { get; init; }

    /// <summary>Where the institution's notifications go.</summary>
    public string? Email { get; init; }

    /// <summary>fr, ar, en or nl: the language of its notifications (French when unset).</summary>
    public string? PreferredLanguage { get; init; }
}
