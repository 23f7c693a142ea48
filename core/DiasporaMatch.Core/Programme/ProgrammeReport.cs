using DiasporaMatch.Assignments;
using DiasporaMatch.Needs;
using DiasporaMatch.Profiles;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Programme;

/// <summary>Builds the <see cref="ProgrammeDashboard"/> from one scan of needs and one of assignments.</summary>
public sealed class ProgrammeReport(IDocumentStore store, TimeProvider time)
{
    /// <summary>Bucket for needs without a region (remote or country-wide).</summary>
    public const string NoRegion = "none";

    public async Task<ProgrammeDashboard> BuildAsync(CancellationToken cancellationToken = default)
    {
        var needs = (await NeedsAsync(cancellationToken)).ToDictionary(n => n.Id, StringComparer.Ordinal);

        var assignments = await new AssignmentDirectory(store).AllAsync(cancellationToken);
        var needOf = assignments.Select(a => needs.GetValueOrDefault(a.NeedId)).ToArray();
        var days = assignments.Select(DaysToApproval).OfType<double>().Order().ToArray();
        return new ProgrammeDashboard(
            time.GetUtcNow(),
            needs.Count,
            needs.Values.Count(n => n.Status == "open"),
            Count(needs.Values.Select(n => n.Region ?? NoRegion)),
            Count(needs.Values.Select(n => n.Sector)),
            assignments.Count,
            Count(assignments.Select(a => AssignmentWorkflow.Name(a.State))),
            Count(needOf.Select(n => n?.Region ?? NoRegion)),
            Count(needOf.Select(n => n?.Sector ?? "unknown")),
            new TimeToMatch(days.Length, days.Length == 0 ? null : Math.Round(Median(days), 1), days.Length == 0 ? null : Math.Round(days.Average(), 1)));
    }

    /// <summary>
    /// The <see cref="ProgrammeIndicators"/> of a period over every need and assignment in the store (and the
    /// profiles, for a breakdown by the experts' country of residence or gender), and the anonymous facts erasures
    /// left (<see cref="IndicatorFact"/>).
    /// </summary>
    public async Task<IReadOnlyList<IndicatorRow>> IndicatorsAsync(DateOnly from, DateOnly to, IndicatorBreakdown by, CancellationToken cancellationToken = default)
    {
        var needs = await NeedsAsync(cancellationToken);
        var assignments = await new AssignmentDirectory(store).AllAsync(cancellationToken);
        var experts = new List<ExpertProfile>();
        if (IndicatorBreakdowns.IsAboutPeople(by))
        {
            await foreach (var document in store.ScanAsync(RecordKind.Profiles, cancellationToken))
            {
                experts.Add(RecordTypes.Read<ExpertProfile>(document.Json));
            }
        }

        var facts = new List<IndicatorFact>();
        await foreach (var document in store.ScanAsync(IndicatorFact.Kind, cancellationToken))
        {
            facts.Add(RecordTypes.Read<IndicatorFact>(document.Json));
        }

        return ProgrammeIndicators.Compute(needs, assignments, experts, facts, from, to, by);
    }

    private async Task<List<Need>> NeedsAsync(CancellationToken cancellationToken)
    {
        var needs = new List<Need>();
        await foreach (var document in store.ScanAsync(RecordKind.Needs, cancellationToken))
        {
            needs.Add(RecordTypes.Read<Need>(document.Json));
        }

        return needs;
    }

    /// <summary>Days from the first step (shortlisted) to the approval; null if never approved.</summary>
    public static double? DaysToApproval(Assignment assignment)
    {
        var approved = assignment.History.FirstOrDefault(t => t.To == AssignmentState.Approved);
        return approved is null || assignment.History.Count == 0 ? null : (approved.At - assignment.History[0].At).TotalDays;
    }

    private static double Median(double[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;

    private static SortedDictionary<string, int> Count(IEnumerable<string> keys)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }
}
