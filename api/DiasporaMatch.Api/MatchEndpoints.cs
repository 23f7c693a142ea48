using DiasporaMatch.Access;
using DiasporaMatch.Ranking;
using DiasporaMatch.Records;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>Ranked experts for a need: staff see who they are; the need's organisation sees pseudonyms only.</summary>
internal static class MatchEndpoints
{
    public static async Task<IResult> MatchesAsync(ApiRequest request)
    {
        var id = request.RouteValue("id");
        if (Guard.Id(id) is { } bad)
        {
            return bad;
        }

        var (top, topProblem) = Guard.Top(request);
        if (topProblem is not null)
        {
            return topProblem;
        }

        var (ranker, rankerProblem) = Guard.Ranker(request);
        if (rankerProblem is not null)
        {
            return rankerProblem;
        }

        var (language, languageProblem) = ReaderLanguage.Of(request);
        if (languageProblem is not null)
        {
            return languageProblem;
        }

        if (request.Caller is null)
        {
            return Problems.Unauthorized();
        }

        var need = await request.Services.Store.GetAsync(RecordKind.Needs, id, request.Aborted);
        var ownership = need is null ? Ownership.Other : ItemEndpoints.OrganisationOf(request.Caller, ItemWrites.Parse(need.Json));
        var decision = AccessPolicy.Decide(request.Caller, ApiAction.ViewMatches, ownership);
        if (Guard.Deny(decision) is { } denied)
        {
            return denied;
        }

        if (need is null)
        {
            return Problems.NotFound($"needs/{id}");
        }

        var served = ranker == RankerNames.Model && request.Services.Matches.Models?.Current() is null ? RankerNames.Baseline : ranker;
        // A client asking for `Cache-Control: no-cache` gets a ranking computed now, not a reused one.
        var fresh = request.Http.Request.Headers.CacheControl.ToString().Contains("no-cache", StringComparison.OrdinalIgnoreCase);
        var results = await request.Services.Matches.MatchAsync(need, top, served, fresh, request.Aborted);
        var pseudonymise = decision == AccessDecision.AllowPseudonymised;
        var strengths = MatchStrength.Of([.. results.Select(r => r.Score)]);
        return Results.Ok(new Contracts.MatchList(
            id,
            served,
            served == RankerNames.Model ? request.Services.Matches.Models?.CurrentVersion() : null,
            RankerNames.FallbackNote(ranker, served),
            [.. results.Select((r, i) => new Contracts.RankedExpert(
                r.Rank,
                pseudonymise ? Pseudonym(request.Services.Options.SigningKey, id, r.ExpertId) : r.ExpertId,
                Math.Round(r.Score, 4),
                strengths[i],
                r.Eligible,
                ReaderLanguage.Reasons(r.Explanation, r.Reasons, language),
                r.Explanation,

                // Per-feature values for staff's bars; institutions get the reasons only (minimal disclosure).
                pseudonymise ? null : new FeatureBars(r.Features)))]));
    }

    /// <summary>Stable per need, unlinkable across needs without the key: institutions can discuss "candidate 3f9a…" with staff.</summary>
    internal static string Pseudonym(string key, string needId, string expertId) => AccessPolicy.Pseudonym(key, needId, expertId);
}
