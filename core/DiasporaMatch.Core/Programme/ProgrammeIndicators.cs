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
        var groups = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        Tally Of(string key) => groups.TryGetValue(key, out var tally) ? tally : groups[key] = new Tally();
        string KeyOf(Placement place, DateOnly day) => by switch
        {
            IndicatorBreakdown.Sector => place.Sector,
            IndicatorBreakdown.Region => place.Region,
            IndicatorBreakdown.Organisation => place.Organisation,
            IndicatorBreakdown.Month => day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            _ => "total",
        };
        bool Inside(DateOnly day) => day >= from && day <= to;

        foreach (var need in needs.Where(n => n.Window is { } w && w.From <= to && w.To >= from))
        {
            var day = need.Window!.From < from ? from : need.Window.From;
            Of(KeyOf(Placement.Of(need, need.OrganisationId), day)).NeedsActive++;
        }

        var missions = assignments
            .Select(a => new Mission(
                Placement.Of(needOf.GetValueOrDefault(a.NeedId), a.OrganisationId),
                a.From,
                a.To,
                a.State,
                [.. a.History.Select(t => new IndicatorFactStep(t.From, t.To, t.At))],
                [.. a.Ratings.Select(r => new IndicatorFactRating(r.Value, r.At))]))
            .Concat(facts.Select(f => new Mission(new Placement(f.Sector, f.Region, f.OrganisationId.Length > 0 ? f.OrganisationId : Unknown), f.From, f.To, f.State, f.Steps, f.Ratings)));
        foreach (var mission in missions)
        {
            foreach (var step in mission.Steps)
            {
                var day = DateOnly.FromDateTime(step.At.UtcDateTime);
                if (!Inside(day))
                {
                    continue;
                }

                var tally = Of(KeyOf(mission.Place, day));
                switch (step.To)
                {
                    case AssignmentState.Approved:
                        tally.PositionsFilled++;
                        tally.DaysToApproval.Add((step.At - mission.Steps[0].At).TotalDays);
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

            foreach (var rating in mission.Ratings.Where(r => Inside(DateOnly.FromDateTime(r.At.UtcDateTime))))
            {
                Of(KeyOf(mission.Place, DateOnly.FromDateTime(rating.At.UtcDateTime))).Ratings.Add(rating.Value);
            }

            if (mission.State is AssignmentState.Approved or AssignmentState.InProgress or AssignmentState.Completed)
            {
                for (var day = mission.From < from ? from : mission.From; day <= mission.To && day <= to; day = day.AddDays(1))
                {
                    Of(KeyOf(mission.Place, day)).PersonDays++;
                }
            }
        }

        return [.. groups.Select(g => g.Value.Row(g.Key))];
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

    /// <summary>A live assignment or an erased one's fact, as the indicators read it.</summary>
    private sealed record Mission(Placement Place, DateOnly From, DateOnly To, AssignmentState State, IReadOnlyList<IndicatorFactStep> Steps, IReadOnlyList<IndicatorFactRating> Ratings);

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
