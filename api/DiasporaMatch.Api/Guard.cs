using DiasporaMatch.Access;
using DiasporaMatch.Ranking;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;
using DiasporaMatch.Validation;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>The checks every handler starts with: a well-formed id, then the access policy's answer.</summary>
internal static class Guard
{
    public static IResult? Id(string id, string field = "id") =>
        TextChecks.IsValidId(id) ? null : Problems.Validation([new FieldError(field, TextChecks.CheckId(id)!)]);

    public static IResult? Access(ApiRequest request, ApiAction action, Ownership ownership) =>
        Deny(AccessPolicy.Decide(request.Caller, action, ownership));

    public static IResult? Deny(AccessDecision decision) => decision switch
    {
        AccessDecision.Unauthenticated => Problems.Unauthorized(),
        AccessDecision.Deny => Problems.Forbidden(),
        _ => null,
    };

    /// <summary>The route's <c>{id}</c>, once it is well formed and the caller may take <paramref name="action"/> on it.</summary>
    public static (string Id, IResult? Problem) RouteId(ApiRequest request, ApiAction action, Ownership ownership)
    {
        var id = request.RouteValue("id");
        return (id, Id(id) ?? Access(request, action, ownership));
    }

    /// <summary>The <c>{id}</c> of a route on one expert's profile, once it is well formed and the caller may act on it.</summary>
    public static (string Id, IResult? Problem) Profile(ApiRequest request, ApiAction action)
    {
        var id = request.RouteValue("id");
        return (id, Id(id) ?? Access(request, action, ProfileOwnership(request.Caller, id)));
    }

    public static Ownership ProfileOwnership(Caller? caller, string profileId) =>
        caller is { Role: Role.Expert } && caller.Subject == profileId ? Ownership.Own : Ownership.Other;

    public static Ownership OrganisationOwnership(Caller? caller, string organisationId) =>
        caller is { Role: Role.Institution } && caller.OrganisationId == organisationId ? Ownership.Own : Ownership.Other;

    public static (int Limit, string? Cursor, IResult? Problem) Paging(ApiRequest request)
    {
        var limitText = request.Query("limit");
        var limit = 50;
        if (limitText is not null && (!int.TryParse(limitText, out limit) || limit is < 1 or > 1000))
        {
            return (0, null, Problems.Validation([new FieldError("limit", "must be a whole number between 1 and 1000")]));
        }

        var cursor = request.Query("cursor");
        return cursor is not null && !TextChecks.IsValidId(cursor)
            ? (0, null, Problems.Validation([new FieldError("cursor", "is not a cursor this API issued")]))
            : (limit, cursor, null);
    }

    public static (int Top, IResult? Problem) Top(ApiRequest request)
    {
        var text = request.Query("top");
        var top = 20;
        return text is not null && (!int.TryParse(text, out top) || top is < 1 or > 200)
            ? (0, Problems.Validation([new FieldError("top", "must be a whole number between 1 and 200")]))
            : (top, null);
    }

    /// <summary>A ranked list's query: <c>?top=</c>, <c>?ranker=</c> and the reader's language, or the first field error.</summary>
    public static (RankedQuery Query, IResult? Problem) Ranked(ApiRequest request)
    {
        var (top, topProblem) = Top(request);
        var (ranker, rankerProblem) = Ranker(request);
        var (language, languageProblem) = ReaderLanguage.Of(request);
        return (new RankedQuery(top, ranker, language), topProblem ?? rankerProblem ?? languageProblem);
    }

    /// <summary>
    /// A need and what the caller may see of those ranked or interested in it (staff all, the need's organisation
    /// pseudonyms); the denial or the 404 otherwise, in that order so an outsider cannot probe which ids exist.
    /// </summary>
    public static async Task<(StoredDocument? Need, AccessDecision Decision, IResult? Problem)> NeedCandidatesAsync(ApiRequest request, string id)
    {
        if (request.Caller is null)
        {
            return (null, AccessDecision.Unauthenticated, Problems.Unauthorized());
        }

        var need = await request.Services.Store.GetAsync(RecordKind.Needs, id, request.Aborted);
        var ownership = need is null ? Ownership.Other : ItemEndpoints.OrganisationOf(request.Caller, ItemWrites.Parse(need.Json));
        var decision = AccessPolicy.Decide(request.Caller, ApiAction.ViewMatches, ownership);
        return Deny(decision) is { } denied ? (null, decision, denied)
            : need is null ? (null, decision, Problems.NotFound($"needs/{id}"))
            : (need, decision, null);
    }

    /// <summary>The <c>?ranker=</c> asked for (baseline when absent), or a field error naming the choices.</summary>
    public static (string Ranker, IResult? Problem) Ranker(ApiRequest request)
    {
        var ranker = request.Query("ranker") ?? RankerNames.Baseline;
        return RankerNames.IsKnown(ranker)
            ? (ranker, null)
            : (ranker, Problems.Validation([new FieldError("ranker", $"must be {RankerNames.Bm25}, {RankerNames.Baseline} or {RankerNames.Model}")]));
    }
}
