using System.Globalization;
using DiasporaMatch.Profiles;
using DiasporaMatch.Ranking;

namespace DiasporaMatch.Assignments;

/// <summary>
/// A need's ranked candidates with those already booked (an approved assignment) on dates overlapping the need's
/// window listed after the free ones: a booked expert cannot take the assignment, so the ranking must not call them
/// "available for the whole assignment". Each keeps its rank order within its tier; the first reason says when they
/// are booked and replaces what the availability reasons said. Ranks are renumbered in the new order.
/// </summary>
internal static class BookedLast
{
    public const string ReasonCode = "availability.booked";

    /// <param name="bookings">Each candidate's approved bookings, in the order of <paramref name="ranked"/>.</param>
    public static IReadOnlyList<MatchResult> Order(IReadOnlyList<MatchResult> ranked, DateRange window, IReadOnlyList<IReadOnlyList<BookingEntry>> bookings)
    {
        var clashes = ranked.Select((_, i) => bookings[i].Where(b => b.From <= window.To && window.From <= b.To).MinBy(b => b.From)).ToArray();
        if (clashes.All(c => c is null))
        {
            return ranked;
        }

        return [.. ranked.Select((result, i) => (Result: result, Clash: clashes[i]))
            .OrderBy(p => p.Clash is not null) // stable: rank order within each tier
            .Select((p, rank) => p.Clash is null ? p.Result with { Rank = rank + 1 } : Booked(p.Result, p.Clash, rank + 1))];
    }

    private static MatchResult Booked(MatchResult result, BookingEntry clash, int rank)
    {
        var booked = Reason.Of(ReasonCode, ("from", Iso(clash.From)), ("to", Iso(clash.To)));
        IReadOnlyList<Reason> explanation = [booked, .. result.Explanation.Where(r => !r.Code.StartsWith("availability.", StringComparison.Ordinal))];
        return result with
        {
            Rank = rank,
            Explanation = explanation,
            Reasons = ReasonCatalogue.Bundled.Render(explanation, ReasonCatalogue.DefaultLanguage),
        };
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
