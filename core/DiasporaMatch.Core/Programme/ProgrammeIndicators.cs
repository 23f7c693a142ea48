using DiasporaMatch.Assignments;
using DiasporaMatch.Needs;
using DiasporaMatch.Profiles;

namespace DiasporaMatch.Programme;

/// <summary>
/// Programme indicators over a period, from needs and assignments: each counted event (an approval, a start, a
/// completion, a cancellation, an answer to a proposal, a rating) is dated by its transition and counted when that
/// date falls in the period; person-days count only the mission days inside it, so missions spanning the period's
/// edges are cut at them. With <see cref="IndicatorBreakdown.Month"/> each event and each mission day goes to its
/// own month.
/// <para>
/// By the experts' country of residence or gender, a group is a handful of people a donor's reader may know, so a
/// group with fewer than <see cref="SmallGroupMissions"/> missions counted in the period is pooled into one
/// <see cref="SmallGroups"/> row; while that pool itself holds fewer, the smallest other group joins it, so the
/// pool cannot be read off as the total minus the rows shown either. Missions are counted, not people: the facts of
/// erased experts carry no person's identifier by design, and counting missions keeps the pooling the same after
/// an erasure. A person with three missions or more alone in their group stays visible: that is the limit.
/// </para>
/// </summary>
public static class ProgrammeIndicators
{
    public const string Unknown = "unknown";

    /// <summary>The gender group of experts who did not declare one.</summary>
    public const string NotDeclared = "not-declared";

    /// <summary>The row that pools the small groups of a breakdown by the experts' attributes.</summary>
    public const string SmallGroups = "small-groups";

    /// <summary>A group by the experts' attributes with fewer missions than this in the period is pooled.</summary>
    public const int SmallGroupMissions = 3;

    public static IReadOnlyList<IndicatorRow> Compute(IReadOnlyList<Need> needs, IReadOnlyList<Assignment> assignments, DateOnly from, DateOnly to, IndicatorBreakdown by) =>
        Compute(needs, assignments, [], [], from, to, by);

    public static IReadOnlyList<IndicatorRow> Compute(IReadOnlyList<Need> needs, IReadOnlyList<Assignment> assignments, IReadOnlyList<IndicatorFact> facts, DateOnly from, DateOnly to, IndicatorBreakdown by) =>
        Compute(needs, assignments, [], facts, from, to, by);

    /// <summary>
    /// The indicators over live needs, assignments and their <paramref name="experts"/> (their country of residence
    /// and gender, for those breakdowns) plus the <paramref name="facts"/> erasures left behind, so a past period
    /// reads the same after its experts were erased.
    /// </summary>
    public static IReadOnlyList<IndicatorRow> Compute(IReadOnlyList<Need> needs, IReadOnlyList<Assignment> assignments, IReadOnlyList<ExpertProfile> experts, IReadOnlyList<IndicatorFact> facts, DateOnly from, DateOnly to, IndicatorBreakdown by)
    {
        if (to < from)
        {
            throw new ArgumentException("the period ends before it starts", nameof(to));
        }

        var needOf = needs.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var expertOf = experts.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var aboutPeople = IndicatorBreakdowns.IsAboutPeople(by);
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
            IndicatorBreakdown.CountryOfResidence => place.Country,
            IndicatorBreakdown.Gender => place.Gender,
            _ => "total",
        };
        bool Inside(DateOnly day) => day >= from && day <= to;

        // A need has no expert: by the experts' attributes it is in no group.
        foreach (var need in needs.Where(n => !aboutPeople && n.Window is { } w && w.From <= to && w.To >= from))
        {
            var day = need.Window!.From < from ? from : need.Window.From;
            Of(KeyOf(Placement.Of(need, need.OrganisationId, null), day)).NeedsActive++;
        }

        // Each returns whether it counted anything, so a mission is counted once in its group (Tally.Missions).
        bool Step(Placement place, AssignmentState? previous, AssignmentState next, DateTimeOffset at, DateTimeOffset first)
        {
            var day = DateOnly.FromDateTime(at.UtcDateTime);
            if (!Inside(day))
            {
                return false;
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
                default:
                    return false;
            }

            return true;
        }

        bool Rating(Placement place, int value, DateTimeOffset at)
        {
            var day = DateOnly.FromDateTime(at.UtcDateTime);
            if (!Inside(day))
            {
                return false;
            }

            Of(KeyOf(place, day)).Ratings.Add(value);
            return true;
        }

        // The mission's days inside the period, counted a month at a time (each month is one key at most).
        bool Days(Placement place, AssignmentState state, DateOnly start, DateOnly end)
        {
            if (state is not (AssignmentState.Approved or AssignmentState.InProgress or AssignmentState.Completed))
            {
                return false;
            }

            var counted = false;
            for (var day = start < from ? from : start; day <= end && day <= to;)
            {
                counted = true;
                var monthEnd = new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));
                var last = monthEnd < end ? monthEnd : end;
                last = last < to ? last : to;
                Of(KeyOf(place, day)).PersonDays += last.DayNumber - day.DayNumber + 1;
                day = last.AddDays(1);
            }

            return counted;
        }

        // By a person's attribute every count of a mission lands in one group: the mission is counted there once.
        void Counted(Placement place, bool counted)
        {
            if (counted && aboutPeople)
            {
                Of(KeyOf(place, from)).Missions++;
            }
        }

        // A live assignment counts exactly as the anonymous fact it would leave behind if its expert were erased.
        var live = assignments.Select(a => FactOf(a, needOf.GetValueOrDefault(a.NeedId), expertOf.GetValueOrDefault(a.ExpertId), a.Id));
        foreach (var fact in live.Concat(facts))
        {
            var place = new Placement(fact.Sector, fact.Region, fact.OrganisationId.Length > 0 ? fact.OrganisationId : Unknown, fact.CountryOfResidence, fact.Gender);
            var counted = false;
            foreach (var step in fact.Steps)
            {
                counted |= Step(place, step.From, step.To, step.At, fact.Steps[0].At);
            }

            foreach (var rating in fact.Ratings)
            {
                counted |= Rating(place, rating.Value, rating.At);
            }

            counted |= Days(place, fact.State, fact.From, fact.To);
            Counted(place, counted);
        }

        return aboutPeople
            ? PoolSmallGroups(groups)
            : [.. groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Value.Row(g.Key, needsCounted: true))];
    }

    /// <summary>
    /// The groups by the experts' attributes, those with fewer than <see cref="SmallGroupMissions"/> missions pooled
    /// into one <see cref="SmallGroups"/> row (last), the smallest others joining it while it holds fewer; a group in
    /// which nothing was counted (a step that is no event, such as a shortlisting) is left out.
    /// </summary>
    private static List<IndicatorRow> PoolSmallGroups(Dictionary<string, Tally> groups)
    {
        var kept = groups.Where(g => g.Value.Missions > 0).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var pool = new Tally();
        foreach (var small in kept.Where(g => g.Value.Missions < SmallGroupMissions).ToList())
        {
            pool.Add(small.Value);
            kept.Remove(small);
        }

        while (pool.Missions is > 0 and < SmallGroupMissions && kept.Count > 0)
        {
            var smallest = kept.OrderBy(g => g.Value.Missions).ThenBy(g => g.Key, StringComparer.Ordinal).First();
            pool.Add(smallest.Value);
            kept.Remove(smallest);
        }

        var rows = kept.Select(g => g.Value.Row(g.Key, needsCounted: false)).ToList();
        if (pool.Missions > 0)
        {
            rows.Add(pool.Row(SmallGroups, needsCounted: false));
        }

        return rows;
    }

    /// <summary>
    /// The anonymous fact that stands for <paramref name="assignment"/> once its expert is erased; its id is
    /// <paramref name="id"/> (a keyed hash of the assignment's). The need's placement and the expert's country of
    /// residence and declared gender (codes) are copied; no id, name or text of anyone.
    /// </summary>
    public static IndicatorFact FactOf(Assignment assignment, Need? need, ExpertProfile? expert, string id)
    {
        var place = Placement.Of(need, assignment.OrganisationId, expert);
        return new IndicatorFact
        {
            Id = id,
            Sector = place.Sector,
            Region = place.Region,
            OrganisationId = place.Organisation,
            CountryOfResidence = place.Country,
            Gender = place.Gender,
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

    /// <summary>Where a mission counts: its need's sector, region and organisation; its expert's country of residence and gender.</summary>
    private readonly record struct Placement(string Sector, string Region, string Organisation, string Country, string Gender)
    {
        public static Placement Of(Need? need, string organisationId, ExpertProfile? expert) => new(
            need?.Sector ?? Unknown,
            need?.Region ?? ProgrammeReport.NoRegion,
            need?.OrganisationId ?? (organisationId.Length > 0 ? organisationId : Unknown),
            expert is { CountryOfResidence.Length: > 0 } ? expert.CountryOfResidence : Unknown,
            expert is null ? Unknown : expert.Gender ?? NotDeclared);
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
        public int Missions;
        public readonly List<double> DaysToApproval = [];
        public readonly List<int> Ratings = [];

        /// <summary>Adds <paramref name="other"/>'s counts to this one's (pooling groups).</summary>
        public void Add(Tally other)
        {
            NeedsActive += other.NeedsActive;
            PositionsFilled += other.PositionsFilled;
            MissionsStarted += other.MissionsStarted;
            MissionsCompleted += other.MissionsCompleted;
            MissionsCancelled += other.MissionsCancelled;
            PersonDays += other.PersonDays;
            Accepted += other.Accepted;
            Declined += other.Declined;
            Missions += other.Missions;
            DaysToApproval.AddRange(other.DaysToApproval);
            Ratings.AddRange(other.Ratings);
        }

        public IndicatorRow Row(string key, bool needsCounted)
        {
            var days = DaysToApproval.Order().ToArray();
            return new IndicatorRow(
                key,
                needsCounted ? NeedsActive : null,
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
