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

    public static IReadOnlyList<IndicatorRow> Compute(IReadOnlyList<Need> needs, IReadOnlyList<Assignment> assignments, DateOnly from, DateOnly to, IndicatorBreakdown by)
    {
        if (to < from)
        {
            throw new ArgumentException("the period ends before it starts", nameof(to));
        }

        var needOf = needs.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var groups = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        Tally Of(string key) => groups.TryGetValue(key, out var tally) ? tally : groups[key] = new Tally();
        string KeyOf(Need? need, string organisationId, DateOnly day) => by switch
        {
            IndicatorBreakdown.Sector => need?.Sector ?? Unknown,
            IndicatorBreakdown.Region => need?.Region ?? ProgrammeReport.NoRegion,
            IndicatorBreakdown.Organisation => need?.OrganisationId ?? (organisationId.Length > 0 ? organisationId : Unknown),
            IndicatorBreakdown.Month => day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            _ => "total",
        };
        bool Inside(DateOnly day) => day >= from && day <= to;

        foreach (var need in needs.Where(n => n.Window is { } w && w.From <= to && w.To >= from))
        {
            var day = need.Window!.From < from ? from : need.Window.From;
            Of(KeyOf(need, need.OrganisationId, day)).NeedsActive++;
        }

        foreach (var assignment in assignments)
        {
            var need = needOf.GetValueOrDefault(assignment.NeedId);
            foreach (var step in assignment.History)
            {
                var day = DateOnly.FromDateTime(step.At.UtcDateTime);
                if (!Inside(day))
                {
                    continue;
                }

                var tally = Of(KeyOf(need, assignment.OrganisationId, day));
                switch (step.To)
                {
                    case AssignmentState.Approved:
                        tally.PositionsFilled++;
                        tally.DaysToApproval.Add((step.At - assignment.History[0].At).TotalDays);
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
                    case AssignmentState.Declined when step.From == AssignmentState.Proposed:
                        tally.Declined++;
                        break;
                }
            }

            foreach (var rating in assignment.Ratings.Where(r => Inside(DateOnly.FromDateTime(r.At.UtcDateTime))))
            {
                Of(KeyOf(need, assignment.OrganisationId, DateOnly.FromDateTime(rating.At.UtcDateTime))).Ratings.Add(rating.Value);
            }

            if (assignment.State is AssignmentState.Approved or AssignmentState.InProgress or AssignmentState.Completed)
            {
                for (var day = assignment.From < from ? from : assignment.From; day <= assignment.To && day <= to; day = day.AddDays(1))
                {
                    Of(KeyOf(need, assignment.OrganisationId, day)).PersonDays++;
                }
            }
        }

        return [.. groups.Select(g => g.Value.Row(g.Key))];
    }

    /// <summary>The value below which <paramref name="share"/> of the sorted values lie (nearest rank).</summary>
    internal static double Percentile(IReadOnlyList<double> sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];

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
