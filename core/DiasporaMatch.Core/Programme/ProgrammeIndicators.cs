using DiasporaMatch.Assignments;
using DiasporaMatch.Needs;

namespace DiasporaMatch.Programme;

/// <summary>
/// Programme indicators over a period, from needs and assignments: each counted event (an approval, a start, a
/// completion, a cancellation, an answer to a proposal, a rating) is dated by its transition and counted when that
/// date falls in the period; person-days count only the mission days inside it, so missions spanning the period's
/// edges are cut at them. With <see cref="IndicatorBreakdown.Month"/> each event and each mission day goes to its
/// own month.
/// </summary>
public static class ProgrammeIndicators
{
    public const string Unknown = "unknown";

    public static IReadOnlyList<IndicatorRow> Compute(IReadOnlyList<Need> needs, IReadOnlyList<Assignment> assignments, DateOnly from, DateOnly to, IndicatorBreakdown by) =>
        Compute(needs, assignments, [], from, to, by);

    /// <summary>
    /// The indicators over live needs and assignments plus the <paramref name="facts"/> erasures left behind, so
    /// a past period reads the same after its experts were erased.
    /// </summary>
    public static IReadOnlyList<IndicatorRow> Compute(IReadOnlyList<Need> needs, IReadOnlyList<Assignment> assignments, IReadOnlyList<IndicatorFact> facts, DateOnly from, DateOnly to, IndicatorBreakdown by)
    {
        if (to < from)
        {
            throw new ArgumentException("the period ends before it starts", nameof(to));
        }

        var needOf = needs.ToDictionary(n => n.Id, StringComparer.Ordinal);
        // A hash map while counting (hundreds of thousands of lookups), sorted once at the end.
        var groups = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var months = new Dictionary<int, string>();
        Tally Of(string key) => groups.TryGetValue(key, out var tally) ? tally : groups[key] = new Tally();
        string Month(DateOnly day) =>
            months.TryGetValue((day.Year * 12) + day.Month, out var name) ? name : months[(day.Year * 12) + day.Month] = day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        string KeyOf(Placement place, DateOnly day) => by switch
        {
            IndicatorBreakdown.Sector => place.Sector,
            IndicatorBreakdown.Region => place.Region,
            IndicatorBreakdown.Organisation => place.Organisation,
            IndicatorBreakdown.Month => Month(day),
            _ => "total",
        };
        bool Inside(DateOnly day) => day >= from && day <= to;

        foreach (var need in needs.Where(n => n.Window is { } w && w.From <= to && w.To >= from))
        {
            var day = need.Window!.From < from ? from : need.Window.From;
            Of(KeyOf(Placement.Of(need, need.OrganisationId), day)).NeedsActive++;
        }

        void Step(Placement place, AssignmentState? previous, AssignmentState next, DateTimeOffset at, DateTimeOffset first)
        {
            var day = DateOnly.FromDateTime(at.UtcDateTime);
            if (!Inside(day))
            {
                return;
            }

            var tally = Of(KeyOf(place, day));
            switch (next)
            {
                case AssignmentState.Approved:
                    tally.PositionsFilled++;
                    tally.DaysToApproval.Add((at - first).TotalDays);
                    break;
                case AssignmentState.InProgress:
                    tally.MissionsStarted++;
                    break;
                case AssignmentState.Completed:
                    tally.MissionsCompleted++;
                    break;
                case AssignmentState.Cancelled:
                    tally.MissionsCancelled++;
                    break;
                case AssignmentState.Accepted:
                    tally.Accepted++;
                    break;
                case AssignmentState.Declined when previous == AssignmentState.Proposed:
                    tally.Declined++;
                    break;
            }
        }

        void Rating(Placement place, int value, DateTimeOffset at)
        {
            var day = DateOnly.FromDateTime(at.UtcDateTime);
            if (Inside(day))
            {
                Of(KeyOf(place, day)).Ratings.Add(value);
            }
        }

        // The mission's days inside the period, counted a month at a time (each month is one key at most).
        void Days(Placement place, AssignmentState state, DateOnly start, DateOnly end)
        {
            if (state is not (AssignmentState.Approved or AssignmentState.InProgress or AssignmentState.Completed))
            {
                return;
            }

            for (var day = start < from ? from : start; day <= end && day <= to;)
            {
                var monthEnd = new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));
                var last = monthEnd < end ? monthEnd : end;
                last = last < to ? last : to;
                Of(KeyOf(place, day)).PersonDays += last.DayNumber - day.DayNumber + 1;
                day = last.AddDays(1);
            }
        }

        foreach (var assignment in assignments)
        {
            var place = Placement.Of(needOf.GetValueOrDefault(assignment.NeedId), assignment.OrganisationId);
            foreach (var step in assignment.History)
            {
                Step(place, step.From, step.To, step.At, assignment.History[0].At);
            }

            foreach (var rating in assignment.Ratings)
            {
                Rating(place, rating.Value, rating.At);
            }

            Days(place, assignment.State, assignment.From, assignment.To);
        }

        foreach (var fact in facts)
        {
            var place = new Placement(fact.Sector, fact.Region, fact.OrganisationId.Length > 0 ? fact.OrganisationId : Unknown);
            foreach (var step in fact.Steps)
            {
                Step(place, step.From, step.To, step.At, fact.Steps[0].At);
            }

            foreach (var rating in fact.Ratings)
            {
                Rating(place, rating.Value, rating.At);
            }

            Days(place, fact.State, fact.From, fact.To);
        }

        return [.. groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Value.Row(g.Key))];
    }

    /// <summary>
    /// The anonymous fact that stands for <paramref name="assignment"/> once its expert is erased; its id is
    /// <paramref name="id"/> (a keyed hash of the assignment's). The need's placement is copied, the people are not.
    /// </summary>
    public static IndicatorFact FactOf(Assignment assignment, Need? need, string id)
    {
        var place = Placement.Of(need, assignment.OrganisationId);
        return new IndicatorFact
        {
            Id = id,
            Sector = place.Sector,
            Region = place.Region,
            OrganisationId = place.Organisation,
            From = assignment.From,
            To = assignment.To,
            State = assignment.State,
            Steps = [.. assignment.History.Select(t => new IndicatorFactStep(t.From, t.To, t.At))],
            Ratings = [.. assignment.Ratings.Select(r => new IndicatorFactRating(r.Value, r.At))],
        };
    }

    /// <summary>The value below which <paramref name="share"/> of the sorted values lie (nearest rank).</summary>
    internal static double Percentile(IReadOnlyList<double> sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>Where a mission counts: its need's sector, region and organisation.</summary>
    private readonly record struct Placement(string Sector, string Region, string Organisation)
    {
        public static Placement Of(Need? need, string organisationId) => new(
            need?.Sector ?? Unknown,
            need?.Region ?? ProgrammeReport.NoRegion,
            need?.OrganisationId ?? (organisationId.Length > 0 ? organisationId : Unknown));
    }

    private sealed class Tally
    {
        public int NeedsActive;
        public int PositionsFilled;
        public int MissionsStarted;
        public int MissionsCompleted;
        public int MissionsCancelled;
        public int PersonDays;
        public int Accepted;
        public int Declined;
        public readonly List<double> DaysToApproval = [];
        public readonly List<int> Ratings = [];

        public IndicatorRow Row(string key)
        {
            var days = DaysToApproval.Order().ToArray();
            return new IndicatorRow(
                key,
                NeedsActive,
                PositionsFilled,
                MissionsStarted,
                MissionsCompleted,
                MissionsCancelled,
                PersonDays,
                days.Length == 0 ? null : Math.Round(Percentile(days, 0.5), 1),
                days.Length == 0 ? null : Math.Round(Percentile(days, 0.9), 1),
                Accepted + Declined == 0 ? null : Math.Round((double)Accepted / (Accepted + Declined), 3),
                Ratings.Count == 0 ? null : Math.Round(Ratings.Average(), 2));
        }
    }
}
