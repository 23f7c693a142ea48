using System.CommandLine;
using DiasporaMatch.Access;
using DiasporaMatch.Allocation;
using DiasporaMatch.Hosting;
using DiasporaMatch.Matching;
using DiasporaMatch.Validation;

namespace DiasporaMatch.Cli.Commands;

/// <summary>
/// <c>dmatch allocate [--needs A,B] [--from D --to D] [--top K] [--max-per-expert N] [--ranker R] [--apply]</c>:
/// plans experts onto many needs at once (OR-Tools CP-SAT) and prints the plan, what stays unfilled and why, and
/// the same needs filled greedily one at a time for comparison. Without <c>--apply</c> it reads only; with it, the
/// plan is kept and its rows become shortlisted assignments (all or none), as <c>POST /api/allocation/plans/{id}/apply</c> does.
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
        var apply = new Option<bool>("--apply") { Description = "Keep the plan and shortlist its rows (all or none; takes the data folder's writer lock)" };
        var command = new Command("allocate", "Plan experts onto many open needs at once, with capacity and dates") { needs, from, to, top, cap, ranker, apply };
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

            var request = new AllocationRequest
            {
                NeedIds = ids,
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                Top = parse.GetValue(top),
                Ranker = parse.GetValue(ranker)!,
                Options = new AllocationOptions { MaxPerExpert = parse.GetValue(cap) is > 0 and var n ? n : null },
            };
            if (parse.GetValue(apply))
            {
                return await PlanAndApplyAsync(context, request, ct);
            }

            await using var session = await context.OpenQueryAsync(ct);
            var report = await PlanAsync(context, session.Workspace, session.Service, request, ct);
            return report is null ? ExitCodes.InvalidInput : await PrintAsync(context, report, applied: null);
        });
        return command;
    }

    /// <summary>Plans on a writable workspace (opening it catches the index up), keeps the plan and applies it as staff "cli".</summary>
    private static async Task<int> PlanAndApplyAsync(CliContext context, AllocationRequest request, CancellationToken ct)
    {
        await using var workspace = context.OpenWorkspace();
        using var service = await workspace.OpenMatchServiceAsync(ct);
        var report = await PlanAsync(context, workspace, service, request, ct);
        if (report is null)
        {
            return ExitCodes.InvalidInput;
        }

        var staff = new Caller(Role.Staff, "cli");
        var plans = new AllocationPlans(workspace.Store, workspace.Assignments, workspace.Audit, workspace.Time);
        var kept = await plans.SaveAsync(report, request, staff, ct);
        if (report.Plan.Rows.Count == 0)
        {
            await context.Err.WriteLineAsync($"dmatch: plan {kept.Id} has no row to apply");
            return ExitCodes.InvalidInput;
        }

        var result = await plans.ApplyAsync(kept.Id, [], staff, ct);
        if (!result.Succeeded)
        {
            await context.Err.WriteLineAsync($"dmatch: {result.Reason}");
            return ExitCodes.InvalidInput;
        }

        return await PrintAsync(context, report, result.Plan);
    }

    private static async Task<AllocationReport?> PlanAsync(CliContext context, Workspace workspace, MatchService service, AllocationRequest request, CancellationToken ct)
    {
        try
        {
            return await new AllocationService(workspace.Store, service).PlanAsync(request, ct);
        }
        catch (AllocationInputException refused)
        {
            await context.Err.WriteLineAsync($"dmatch: {refused.Message}");
            return null;
        }
    }

    private static async Task<int> PrintAsync(CliContext context, AllocationReport report, StoredPlan? applied)
    {
        var output = context.Out;
        var plan = report.Plan;
        if (context.Json)
        {
            context.WriteJson(new { planId = applied?.Id, assignments = applied?.Assignments, plan.Rows, plan.Unfilled, plan.Quality, plan.Optimal, greedyQuality = report.GreedyQuality, gini = report.Gini, coverage = report.Coverage, skews = report.Skews, capCosts = report.CapCosts });
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

        if (applied is not null)
        {
            await output.WriteLineAsync($"applied plan {applied.Id}: {applied.Assignments.Count} shortlisted assignment(s): {string.Join(", ", applied.Assignments)}");
        }

        return ExitCodes.Success;
    }

    private static string Describe(UnfilledReason reason) => reason switch
    {
        UnfilledReason.NoEligibleExpert => "no eligible expert",
        UnfilledReason.BelowMinimum => "every candidate is below the need's minimum",
        UnfilledReason.Booked => "its candidates are booked on those dates",
        _ => "its candidates are planned where they add more",
    };
}
