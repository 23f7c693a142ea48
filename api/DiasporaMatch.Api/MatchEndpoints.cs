using DiasporaMatch.Access;
using DiasporaMatch.Needs;
using DiasporaMatch.Ranking;
using DiasporaMatch.Records;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>
/// Ranked experts for a need, those booked on overlapping dates last: staff see who they are; the need's organisation
/// sees pseudonyms only.
/// </summary>
internal static class MatchEndpoints
{
    public static async Task<IResult> MatchesAsync(ApiRequest request)
    {
        var id = request.RouteValue("id");
        if (Guard.Id(id) is { } bad)
        {
            return bad;
        }

        var (query, problem) = Guard.Ranked(request);
        if (problem is not null)
        {
            return problem;
        }

        var (need, decision, unavailable) = await Guard.NeedCandidatesAsync(request, id);
        if (unavailable is not null)
        {
            return unavailable;
        }

        var ranker = query.Ranker;
        var served = ranker == RankerNames.Model && request.Services.Matches.Models?.Current() is null ? RankerNames.Baseline : ranker;
        // A client asking for `Cache-Control: no-cache` gets a ranking computed now, not a reused one.
        var fresh = request.Http.Request.Headers.CacheControl.ToString().Contains("no-cache", StringComparison.OrdinalIgnoreCase);
        var ranked = await request.Services.Matches.MatchAsync(need!, query.Top, served, fresh, request.Aborted);

        // Bookings change between two cached rankings, so they are read for every answer.
        var results = await request.Services.Assignments.BookedLastAsync(ranked, RecordTypes.Read<Need>(need!.Json).Window, request.Aborted);
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
                strengths[i],
                r.Eligible,
                ReaderLanguage.Reasons(r.Explanation, r.Reasons, query.Language),
                r.Explanation,

                // Per-feature values for staff's bars; institutions get the reasons only (minimal disclosure).
                pseudonymise ? null : new FeatureBars(r.Features)))]));
    }

    /// <summary>Stable per need, unlinkable across needs without the key: institutions can discuss "candidate 3f9a…" with staff.</summary>
    internal static string Pseudonym(string key, string needId, string expertId) => AccessPolicy.Pseudonym(key, needId, expertId);
}
