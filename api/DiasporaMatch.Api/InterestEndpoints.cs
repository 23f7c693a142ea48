using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Decisions;
using DiasporaMatch.Needs;
using DiasporaMatch.Ranking;
using DiasporaMatch.Records;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>
/// "I'm interested": an expert's own decision on an open need, stored as a decision (kind <c>interested</c>) so staff
/// see it with the others and the model learns from it; the need's organisation and staff list who said it.
/// </summary>
internal static class InterestEndpoints
{
    public static async Task<IResult> ExpressAsync(ApiRequest request)
    {
        var (id, refused) = Guard.RouteId(request, ApiAction.ExpressInterest, Ownership.None);
        if (refused is not null)
        {
            return refused;
        }

        var document = await request.Services.Store.GetAsync(RecordKind.Needs, id, request.Aborted);
        if (document is null)
        {
            return Problems.NotFound($"needs/{id}");
        }

        var expert = request.Caller!.Subject;
        var now = request.Services.Workspace.Time.GetUtcNow();
        var need = RecordTypes.Read<Need>(document.Json);
        if (need.Status != "open" || (need.Window is { } window && window.To < DateOnly.FromDateTime(now.UtcDateTime)))
        {
            return Problems.Status(StatusCodes.Status409Conflict, "The need is not open", $"needs/{id} is {(need.Status == "open" ? "past its window" : need.Status)}");
        }

        if (await request.Services.Matches.ReadExpertAsync(expert, request.Aborted) is null)
        {
            return Problems.Status(StatusCodes.Status409Conflict, "No profile yet", "save your profile first: interest is matched against it");
        }

        var decision = JsonSerializer.SerializeToElement(new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["needId"] = id,
            ["expertId"] = expert,
            ["decision"] = DecisionGrades.Interested,
            ["at"] = now,
            ["by"] = expert,
        });
        var outcome = await request.Services.Records.CreateAsync(RecordKind.Decisions, decision, request.Aborted);
        if (outcome.Succeeded)
        {
            await request.Services.AuditAsync(request.Caller, RecordKind.Needs, "interest", id, null, $"decision {outcome.Id}", request.Aborted);
            var stored = await request.Services.Store.GetAsync(RecordKind.Decisions, outcome.Id!, request.Aborted);
            if (stored is not null)
            {
                await request.Services.Matches.LogDecisionAsync(RecordTypes.Read<Decision>(stored.Json), request.Aborted);
            }
        }

        return RecordResults.Written(request.Http, RecordKind.Decisions, outcome);
    }

    public static async Task<IResult> ListAsync(ApiRequest request)
    {
        var id = request.RouteValue("id");
        if (Guard.Id(id) is { } bad)
        {
            return bad;
        }

        var (_, access, unavailable) = await Guard.NeedCandidatesAsync(request, id);
        if (unavailable is not null)
        {
            return unavailable;
        }

        var pseudonymise = access == AccessDecision.AllowPseudonymised;
        var interests = (await request.Services.Matches.ReadDecisionsAsync(request.Aborted))
            .Where(d => d.NeedId == id && d.Value == DecisionGrades.Interested)
            .GroupBy(d => d.ExpertId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(d => d.At)!)
            .OrderByDescending(d => d.At)
            .Select(d => new Contracts.NeedInterest(pseudonymise ? MatchEndpoints.Pseudonym(request.Services.Options.SigningKey, id, d.ExpertId) : d.ExpertId, d.At))
            .ToList();
        return Results.Ok(new Contracts.NeedInterests(id, interests));
    }
}
