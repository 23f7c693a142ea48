using System.CommandLine;
using DiasporaMatch.Allocation;
using DiasporaMatch.Validation;

namespace DiasporaMatch.Cli.Commands;

/// <summary>
/// <c>dmatch allocate [--needs A,B] [--from D --to D] [--top K] [--max-per-expert N] [--ranker R]</c>: plans
/// experts onto many needs at once (OR-Tools CP-SAT) and prints the plan, what stays unfilled and why, and the
/// same needs filled greedily one at a time for comparison. It reads only: proposing the rows stays with staff.
/// </summary>
public static class AllocateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var needs = new Option<string?>("--needs") { Description = "Comma-separated need ids (default: every open need, or those in --from/--to)" };
        var from = CliOptions.Date("--from", "Plan open needs whose window ends on or after this day");
        var to = CliOptions.Date("--to", "Plan open needs whose window starts on or before this day");
        var top = CliOptions.Number("--top", 50, 1, 200, "Candidates per need (K)");
        var cap = CliOptions.Number("--max-per-expert", 0, 0, 100, "At most this many rows per expert, for fair exposure (0: no cap)");
        var ranker = MatchCommand.RankerOption();
        var command = new Command("allocate", "Plan experts onto many open needs at once, with capacity and dates") { needs, from, to, top, cap, ranker };
        command.Validators.Add(r =>
        {
            if (CliOptions.TryGetValue(r, needs, out var ids) && ids is not null && CliOptions.TryGetValue(r, from, out var f) && CliOptions.TryGetValue(r, to, out var t) && (f is not null || t is not null))
            {
                r.AddError("give either --needs or --from/--to, not both");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var context = new CliContext(parse, output, error);
            var ids = (parse.GetValue(needs) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (ids.FirstOrDefault(id => !TextChecks.IsValidId(id)) is { } bad)
            {
                await error.WriteLineAsync($"dmatch: --needs: {TextChecks.CheckId(bad)}");
                return ExitCodes.InvalidInput;
            }

            await using var session = await context.OpenQueryAsync(ct);
            var request = new AllocationRequest
            {
                NeedIds = ids,
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                Top = parse.GetValue(top),
                Ranker = parse.GetValue(ranker)!,
                Options = new AllocationOptions { MaxPerExpert = parse.GetValue(cap) is > 0 and var n ? n : null },
            };
            AllocationReport report;
            try
            {
                report = await new AllocationService(session.Workspace.Store, session.Service).PlanAsync(request, ct);
            }
            catch (AllocationInputException refused)
            {
                await error.WriteLineAsync($"dmatch: {refused.Message}");
                return ExitCodes.InvalidInput;
            }

            var plan = report.Plan;
            if (context.Json)
            {
                context.WriteJson(new { plan.Rows, plan.Unfilled, plan.Quality, plan.Optimal, greedyQuality = report.GreedyQuality, gini = report.Gini, coverage = report.Coverage });
                return ExitCodes.Success;
            }

            await output.WriteLineAsync($"{report.Problem.Needs.Count} needs, {report.Problem.Candidates.Count} candidate pairs, {report.PoolSize} experts: {plan.Rows.Count} rows, quality {plan.Quality} ({(plan.Optimal ? "optimal" : "best found within the time limit")}; one need at a time: {report.GreedyQuality})");
            foreach (var need in plan.Rows.GroupBy(r => r.NeedId, StringComparer.Ordinal))
            {
                await output.WriteLineAsync($"  {need.Key}: {string.Join(", ", need.Select(r => $"{r.ExpertId} ({r.Score:0.000})"))}");
            }

            foreach (var unfilled in plan.Unfilled)
            {
                await output.WriteLineAsync($"  {unfilled.NeedId}: {unfilled.Open} position(s) unfilled — {Describe(unfilled.Reason)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Describe(UnfilledReason reason) => reason switch
    {
        UnfilledReason.NoEligibleExpert => "no eligible expert",
        UnfilledReason.BelowMinimum => "every candidate is below the need's minimum",
        UnfilledReason.Booked => "its candidates are booked on those dates",
        _ => "its candidates are planned where they add more",
    };
}
