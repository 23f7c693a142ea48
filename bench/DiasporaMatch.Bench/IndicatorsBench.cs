using System.Diagnostics;
using DiasporaMatch.Assignments;
using DiasporaMatch.Needs;
using DiasporaMatch.Profiles;
using DiasporaMatch.Programme;

namespace DiasporaMatch.Bench;

/// <summary>
/// `indicators`: programme indicators over 100,000 assignments (2,000 needs, 20 sectors, 12 regions, missions of
/// 2–8 weeks over two years with their full history and a rating when completed; 20,000 experts in 12 countries of
/// residence, a fifth with no gender declared) and 5,000 erased experts' facts, for a one-year period, by every
/// breakdown: the computation on records already read (p50 of 5 runs; target ≤ 200 ms).
/// </summary>
public static class IndicatorsBench
{
    private static readonly string[] Countries = ["NL", "FR", "BE", "DE", "ES", "IT", "CA", "US", "GB", "SE", "CH", "AE"];
    private static readonly string?[] Genders = ["female", "male", "female", "male", "other", null];

    public static void Run(int assignments = 100_000, int needs = 2_000, int facts = 5_000, int experts = 20_000, int runs = 5)
    {
        var random = new Random(20261204);
        var expertList = Enumerable.Range(0, experts).Select(e => new ExpertProfile
        {
            Id = $"E-{e:D6}",
            CountryOfResidence = Countries[random.Next(Countries.Length)],
            Gender = Genders[random.Next(Genders.Length)],
        }).ToList();
        var start = new DateOnly(2026, 1, 1);
        var needList = Enumerable.Range(0, needs).Select(n =>
        {
            var from = start.AddDays(random.Next(0, 700));
            return new Need { Id = $"N-{n:D5}", OrganisationId = $"ORG-{n % 150:D3}", Sector = $"sector-{n % 20}", Region = $"MA-{(n % 12) + 1:D2}", Window = new DateRange(from, from.AddDays(random.Next(30, 120))) };
        }).ToList();
        var missions = Enumerable.Range(0, assignments).Select(i => Mission(random, needList[random.Next(needs)], $"A-{i:D6}", expertList[random.Next(experts)].Id)).ToList();
        var erased = Enumerable.Range(0, facts).Select(i => ProgrammeIndicators.FactOf(Mission(random, needList[random.Next(needs)], $"F-{i:D6}", "E-erased"), needList[0], expertList[random.Next(experts)], $"fact-{i}")).ToList();
        var (from, to) = (new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31));
        Console.WriteLine($"indicators: {assignments:N0} assignments, {needs:N0} needs, {experts:N0} experts, {facts:N0} erased experts' facts; period {from:yyyy-MM-dd} to {to:yyyy-MM-dd}");
        foreach (var by in Enum.GetValues<IndicatorBreakdown>())
        {
            var times = new List<double>();
            var cpu = new List<double>();
            IReadOnlyList<IndicatorRow> rows = [];
            for (var run = 0; run < runs; run++)
            {
                var clock = Stopwatch.StartNew();
                var cpuBefore = ThreadCpu.Milliseconds();
                rows = ProgrammeIndicators.Compute(needList, missions, expertList, erased, from, to, by);
                cpu.Add(ThreadCpu.Milliseconds() - cpuBefore);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            cpu.Sort();
            // On the shared host the wall clock includes time the thread waited for a core; the thread's CPU time does not.
            Console.WriteLine($"  by {IndicatorBreakdowns.Name(by),-18} p50 {times[runs / 2],6:F0} ms wall, {cpu[runs / 2],6:F0} ms CPU (target ≤ 200 ms): {rows.Count} rows, {rows.Sum(r => r.PersonDays):N0} person-days");
        }
    }

    /// <summary>An assignment walked some way along the workflow, a day or more between moves.</summary>
    private static Assignment Mission(Random random, Need need, string id, string expertId)
    {
        var from = need.Window!.From.AddDays(random.Next(0, 20));
        var to = from.AddDays(random.Next(14, 56));
        var at = new DateTimeOffset(from.AddDays(-random.Next(20, 60)).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        AssignmentState[] path = [AssignmentState.Shortlisted, AssignmentState.Proposed, AssignmentState.Accepted, AssignmentState.Confirmed, AssignmentState.Approved, AssignmentState.InProgress, AssignmentState.Completed];
        var steps = random.Next(1, path.Length + 1);
        var history = new List<AssignmentTransition>();
        for (var s = 0; s < steps; s++)
        {
            at = path[s] == AssignmentState.InProgress ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                : path[s] == AssignmentState.Completed ? new DateTimeOffset(to.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                : at.AddDays(random.Next(1, 5));
            history.Add(new AssignmentTransition(s == 0 ? null : path[s - 1], path[s], "staff", "S-1", at, null));
        }

        var state = path[steps - 1];
        return new Assignment
        {
            Id = id,
            NeedId = need.Id,
            ExpertId = expertId,
            OrganisationId = need.OrganisationId,
            From = from,
            To = to,
            State = state,
            History = history,
            Ratings = state == AssignmentState.Completed ? [new AssignmentRating("staff", "S-1", random.Next(1, 6), at)] : [],
        };
    }
}
