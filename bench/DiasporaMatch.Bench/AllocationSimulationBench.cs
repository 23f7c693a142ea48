using System.Diagnostics;
using DiasporaMatch.Allocation;
using DiasporaMatch.Hosting;
using DiasporaMatch.Import;
using DiasporaMatch.Needs;
using DiasporaMatch.Records;
using DiasporaMatch.Reference;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Bench;

/// <summary>
/// `allocate-sim`: the bundled sample's needs arrive in date order (each posted <see cref="LeadDays"/> days before
/// its window opens: the sample keeps no posting day), each with its top 50 eligible experts by the baseline ranker;
/// greedy per need on arrival, weekly CP-SAT batches and weekly batches with hold-back prices, as shares of the
/// hindsight optimum. Prints the table, whatever it shows.
/// </summary>
public static class AllocationSimulationBench
{
    private const int LeadDays = 60;

    public static async Task RunAsync(int top = 50)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dmatch-alloc-sim-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var workspace = Workspace.Open(folder, new WorkspaceOptions { FlushToDisk = false, Seed = 7 });
            foreach (var kind in new[] { RecordKind.Organisations, RecordKind.Profiles, RecordKind.Needs })
            {
                await using var input = File.OpenRead(Path.Combine(DataPaths.SampleFolder, kind + ".jsonl"));
                await workspace.Importer.ImportAsync(input, ImportFormat.JsonLines, kind, _ => Task.CompletedTask);
            }

            using var service = await workspace.OpenMatchServiceAsync();
            var needs = new List<ArrivingNeed>();
            var candidates = new List<AllocationCandidate>();
            await foreach (var document in workspace.Store.ScanAsync(RecordKind.Needs))
            {
                var need = RecordTypes.Read<Need>(document.Json);
                if (need.Window is null)
                {
                    continue;
                }

                needs.Add(new ArrivingNeed(new AllocationNeed(need.Id, need.Positions, need.Window), need.Window.From.AddDays(-LeadDays), need.Sector, need.Region ?? ""));
                var ranked = await service.MatchAsync(document, top, Ranking.RankerNames.Baseline, fresh: false);
                candidates.AddRange(ranked.Where(r => r.Eligible).Select(r => new AllocationCandidate(need.Id, r.ExpertId, r.Score)));
            }

            Console.WriteLine($"allocate-sim: {needs.Count} sample needs from {needs.Min(n => n.Arrival):yyyy-MM-dd} to {needs.Max(n => n.Arrival):yyyy-MM-dd}, K={top}: {candidates.Count:N0} eligible pairs, {candidates.Select(c => c.ExpertId).Distinct().Count():N0} experts");
            Print("sample pool", needs, candidates);

            // The sample's pool is large for its needs; the same needs over a pool cut to each need's top 10 shows what scarcity does.
            var scarce = candidates.GroupBy(c => c.NeedId).SelectMany(g => g.OrderByDescending(c => c.Score).Take(10)).ToList();
            Print("each need's top 10 only", needs, scarce);
            await FairnessAsync(workspace, new AllocationProblem(needs.Select(n => n.Need).ToList(), candidates, []));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>All the sample's needs in one plan, with no cap, at most 2 and at most 1 row per expert: quality cost, Gini, pool coverage, skew@k.</summary>
    private static async Task FairnessAsync(Workspace workspace, AllocationProblem problem)
    {
        var pool = problem.Candidates.Select(c => c.ExpertId).Distinct().ToList();
        var country = new Dictionary<string, string>(StringComparer.Ordinal);
        var gender = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var expert in pool)
        {
            var profile = RecordTypes.Read<Profiles.ExpertProfile>((await workspace.Store.GetAsync(RecordKind.Profiles, expert))!.Json);
            country[expert] = profile.CountryOfResidence;
            if (profile.Gender is { } declared)
            {
                gender[expert] = declared;
            }
        }

        Console.WriteLine($"fairness: all {problem.Needs.Count} sample needs in one plan, pool = the {pool.Count:N0} experts in the candidate graph ({gender.Count} declared a gender):");
        Console.WriteLine("| cap per expert | quality | cost vs no cap | Gini | pool coverage | skew@k country (min … max) | skew@k gender |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|---|");
        long? uncapped = null;
        foreach (var cap in new int?[] { null, 2, 1 })
        {
            var plan = AllocationSolver.Solve(problem, new AllocationOptions { MaxPerExpert = cap, TimeLimit = TimeSpan.FromSeconds(30) });
            uncapped ??= plan.Quality;
            var byCountry = Exposure.Skew("countryOfResidence", plan, pool, country);
            var byGender = Exposure.Skew("gender", plan, pool, gender);
            Console.WriteLine($"| {(cap is { } c ? c.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none")} | {plan.Quality:N0} | {1 - ((double)plan.Quality / uncapped.Value):P2} | {Exposure.Gini(plan, pool):F3} | {Exposure.Coverage(plan, pool):P1} | {Describe(byCountry)} | {Describe(byGender)} |");
        }
    }

    private static string Describe(SkewRange? skew) => skew is null ? "none declared" : $"{skew.MinValue} {skew.Min:+0.00;-0.00} … {skew.MaxValue} {skew.Max:+0.00;-0.00}";

    private static void Print(string title, IReadOnlyList<ArrivingNeed> needs, IReadOnlyList<AllocationCandidate> candidates)
    {
        var clock = Stopwatch.StartNew();
        var result = ArrivalSimulation.Run(needs, candidates, []);
        Console.WriteLine($"{title} ({result.Needs} needs in {result.Weeks} weekly batches, simulated in {clock.Elapsed.TotalSeconds:F1} s):");
        Console.WriteLine("| strategy | total quality | % of hindsight |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (name, quality) in new[] { ("greedy per need on arrival", result.Greedy), ("weekly batches (CP-SAT)", result.Weekly), ("weekly + hold-back (LP shadow prices)", result.HoldBack), ("hindsight optimum", result.Hindsight) })
        {
            Console.WriteLine($"| {name} | {quality:N0} | {result.Share(quality):P1} |");
        }
    }
}
