using DiasporaMatch.Access;
using DiasporaMatch.Allocation;
using DiasporaMatch.Ranking;
using DiasporaMatch.Validation;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary><c>POST /api/allocation/plans</c> (staff): a plan of experts onto the chosen open needs; nothing is written.</summary>
internal static class AllocationEndpoints
{
    private static readonly string[] Fields = ["needIds", "from", "to", "top", "maxPerExpert", "ranker"];

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
            Options = new AllocationOptions { MaxPerExpert = cap },
        };
        try
        {
            var report = await new AllocationService(request.Services.Store, request.Services.Matches).PlanAsync(allocation, request.Aborted);
            return Results.Ok(new Contracts.AllocationPlanResult(
                report.Plan.Rows, report.Plan.Unfilled, report.Plan.Quality, report.GreedyQuality, report.Plan.Optimal, report.Gini, report.Coverage));
        }
        catch (AllocationInputException refused)
        {
            return Problems.Validation([new FieldError("needIds", refused.Message)]);
        }
    }
}
