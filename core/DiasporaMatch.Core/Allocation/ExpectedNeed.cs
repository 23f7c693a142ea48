namespace DiasporaMatch.Allocation;

/// <summary>A need the coming weeks are expected to bring: shaped like <paramref name="Template"/> (its candidates), on <paramref name="Window"/>, with a fractional number of positions.</summary>
internal sealed record ExpectedNeed(ArrivingNeed Template, Profiles.DateRange Window, double Positions)
{
    /// <summary>How many of a sector's latest needs shape its expected ones.</summary>
    public const int Templates = 4;

    /// <summary>
    /// The needs expected to arrive in each of the coming weeks, per sector: the sector's weekly rate in that season,
    /// spread evenly over copies of its <see cref="Templates"/> latest needs (each keeps its region's candidates,
    /// its positions, its lead from arrival to window and its length), so expected needs look like a draw from the
    /// sector's recent ones. The rate is counted over the calendar month and its two neighbours (a sector's season
    /// is smooth, and one month holds few needs), or over all weeks seen when none of those months was. Only needs
    /// already seen count: the future is never looked at.
    /// </summary>
    public static List<ExpectedNeed> After(DateOnly week, IReadOnlyList<ArrivingNeed> seen, int horizonWeeks)
    {
        var ghosts = new List<ExpectedNeed>();
        if (seen.Count == 0)
        {
            return ghosts;
        }

        var first = ArrivalSimulation.WeekOf(seen.Min(n => n.Arrival));
        var weeksSeen = Math.Max(1, (week.DayNumber - first.DayNumber) / 7);
        foreach (var sector in seen.GroupBy(n => n.Sector, StringComparer.Ordinal))
        {
            var needs = sector.ToList();
            var latest = needs.Where(n => n.Need.Window is not null).OrderByDescending(n => n.Arrival).ThenBy(n => n.Need.Id, StringComparer.Ordinal).Take(Templates).ToList();
            for (var ahead = 1; ahead <= horizonWeeks; ahead++)
            {
                var arrival = week.AddDays(7 * ahead);
                var rate = SeasonRate(needs, arrival.Month, first, week) ?? (double)needs.Count / weeksSeen;
                foreach (var template in rate > 0 ? latest : [])
                {
                    var shape = template.Need.Window!;
                    var from = arrival.AddDays(shape.From.DayNumber - template.Arrival.DayNumber);
                    ghosts.Add(new ExpectedNeed(template, new Profiles.DateRange(from, from.AddDays(shape.To.DayNumber - shape.From.DayNumber)), rate * template.Need.Positions / latest.Count));
                }
            }
        }

        return ghosts;
    }

    /// <summary>Needs per week of the sector in calendar <paramref name="month"/> and its neighbours, over the weeks of those months seen so far; null when none was.</summary>
    private static double? SeasonRate(IReadOnlyList<ArrivingNeed> sector, int month, DateOnly first, DateOnly now)
    {
        static bool Near(int a, int b) => Math.Abs(a - b) is <= 1 or 11;
        var weeks = 0;
        for (var day = first; day < now; day = day.AddDays(7))
        {
            weeks += Near(day.Month, month) ? 1 : 0;
        }

        return weeks == 0 ? null : (double)sector.Count(n => Near(n.Arrival.Month, month)) / weeks;
    }
}
