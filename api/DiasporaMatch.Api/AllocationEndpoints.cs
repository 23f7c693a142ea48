using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Allocation;
using DiasporaMatch.Api.Contracts;
using DiasporaMatch.Ranking;
using DiasporaMatch.Validation;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>
/// <c>POST /api/allocation/plans</c> (staff): a plan of experts onto the chosen open needs, kept with an id, nothing
/// else written; <c>POST /api/allocation/plans/{id}/apply</c> (staff): its accepted rows become shortlisted
/// assignments, all or none.
/// </summary>
internal static class AllocationEndpoints
{
    private static readonly string[] Fields = ["needIds", "from", "to", "top", "maxPerExpert", "ranker", "pin", "exclude"];
    private static readonly string[] ApplyFields = ["exclude"];

    public static async Task<IResult> PlanAsync(ApiRequest request)
    {
        if (Guard.Access(request, ApiAction.PlanAllocation, Ownership.None) is { } denied)
        {
            return denied;
        }

        var (body, problem) = await BodyFields.ReadObjectAsync(request, Fields);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new List<FieldError>();
        var needIds = BodyFields.OptionalStrings(body, "needIds", errors);
        errors.AddRange(needIds.Where(id => !TextChecks.IsValidId(id)).Select(id => new FieldError("needIds", TextChecks.CheckId(id)!)));
        var from = BodyFields.OptionalDate(body, "from", errors);
        var to = BodyFields.OptionalDate(body, "to", errors);
        var top = BodyFields.OptionalInt(body, "top", 1, 200, errors) ?? 50;
        var cap = BodyFields.OptionalInt(body, "maxPerExpert", 1, 100, errors);
        var ranker = BodyFields.OptionalString(body, "ranker", errors) ?? RankerNames.Baseline;
        var pins = Pairs(body, "pin", errors);
        var excludes = Pairs(body, "exclude", errors);
        if (!RankerNames.IsKnown(ranker))
        {
            errors.Add(new FieldError("ranker", $"must be {RankerNames.Bm25}, {RankerNames.Baseline} or {RankerNames.Model}"));
        }

        if (needIds.Count > 0 && (from is not null || to is not null))
        {
            errors.Add(new FieldError("needIds", "give either needIds or from/to, not both"));
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var allocation = new AllocationRequest
        {
            NeedIds = needIds,
            From = from,
            To = to,
            Top = top,
            Ranker = ranker,
            Options = new AllocationOptions { MaxPerExpert = cap, Pins = pins, Excludes = excludes },
        };
        try
        {
            var report = await new AllocationService(request.Services.Store, request.Services.Matches).PlanAsync(allocation, request.Aborted);
            var plan = await PlansOf(request).SaveAsync(report, allocation, request.Caller!, request.Aborted);
            return Results.Ok(new AllocationPlanResult(
                plan.Id, report.Plan.Rows, report.Plan.Unfilled, report.Plan.Quality, report.GreedyQuality, report.Plan.Optimal, report.Gini, report.Coverage, report.Skews, report.CapCosts));
        }
        catch (AllocationInputException refused)
        {
            return Problems.Validation([new FieldError(refused.Message.StartsWith("pin", StringComparison.Ordinal) ? "pin" : "needIds", refused.Message)]);
        }
    }

    /// <summary>Body <c>{"exclude"?: [{needId, expertId}]}</c>: 200 with the assignments opened; 404, 409 applied already, 412 with what changed.</summary>
    public static async Task<IResult> ApplyAsync(ApiRequest request)
    {
        var (id, refused) = Guard.RouteId(request, ApiAction.PlanAllocation, Ownership.None);
        if (refused is not null)
        {
            return refused;
        }

        var (body, problem) = await BodyFields.ReadObjectAsync(request, ApplyFields);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new List<FieldError>();
        var excludes = Pairs(body, "exclude", errors);
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var result = await PlansOf(request).ApplyAsync(id, excludes, request.Caller!, request.Aborted);
        return result.Outcome switch
        {
            PlanApplyOutcome.Applied => Results.Ok(new AllocationApplyResult(result.Plan!.Id, result.Plan.Assignments, result.Plan.AppliedAt!.Value)),
            PlanApplyOutcome.NotFound => Problems.Status(StatusCodes.Status404NotFound, "Not found", result.Reason),
            PlanApplyOutcome.AlreadyApplied => Problems.Status(StatusCodes.Status409Conflict, "Plan applied already", result.Reason),
            PlanApplyOutcome.Changed => Results.Problem(
                statusCode: StatusCodes.Status412PreconditionFailed,
                title: "The plan no longer holds",
                detail: result.Reason,
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["changes"] = result.Changes }),
            _ => Problems.Validation([new FieldError("exclude", result.Reason!)]),
        };
    }

    private static AllocationPlans PlansOf(ApiRequest request)
    {
        var workspace = request.Services.Workspace;
        return new AllocationPlans(workspace.Store, workspace.Assignments, workspace.Audit, workspace.Time);
    }

    /// <summary>An optional array of <c>{needId, expertId}</c> objects.</summary>
    private static List<AllocationPair> Pairs(JsonElement body, string name, List<FieldError> errors)
    {
        if (!body.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new FieldError(name, "must be an array of {needId, expertId} objects"));
            return [];
        }

        var pairs = new List<AllocationPair>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var path = $"{name}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object || item.EnumerateObject().Any(p => p.Name is not ("needId" or "expertId")))
            {
                errors.Add(new FieldError(path, "must be an object with needId and expertId only"));
                continue;
            }

            var needId = item.TryGetProperty("needId", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "";
            var expertId = item.TryGetProperty("expertId", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : "";
            var before = errors.Count;
            errors.AddRange(new[] { ("needId", needId), ("expertId", expertId) }
                .Where(f => !TextChecks.IsValidId(f.Item2))
                .Select(f => new FieldError($"{path}.{f.Item1}", TextChecks.CheckId(f.Item2)!)));
            if (errors.Count == before)
            {
                pairs.Add(new AllocationPair(needId, expertId));
            }
        }

        return pairs;
    }
}
