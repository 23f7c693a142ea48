using DiasporaMatch.Profiles;

namespace DiasporaMatch.Browsing;

/// <summary>
/// What a staff list asks for: free text, filters, one sort key and a page (offset, size). Needs use state, sector,
/// region, organisation, window and language; expert profiles use state (matchable or not), sector, region (a
/// preferred mission region), window (an availability period overlapping it) and language.
/// </summary>
public sealed record BrowseQuery
{
    public string? Text { get; init; }

    public string? State { get; init; }

    /// <summary>The day an open need whose window has ended counts as expired (the service's clock).</summary>
    public DateOnly Today { get; init; }

    public string? Sector { get; init; }

    public string? Region { get; init; }

    public string? OrganisationId { get; init; }

    public DateRange? Window { get; init; }

    public string? Language { get; init; }

    /// <summary>The sort key (see <see cref="BrowseQueryParser"/> for each kind's keys); ties broken by id.</summary>
    public string Sort { get; init; } = "id";

    public bool Descending { get; init; }

    public int Offset { get; init; }

    public int Limit { get; init; } = 50;
}
