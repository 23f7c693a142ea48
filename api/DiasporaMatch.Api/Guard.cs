using DiasporaMatch.Access;
using DiasporaMatch.Ranking;
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

    /// <summary>The <c>?ranker=</c> asked for (baseline when absent), or a field error naming the choices.</summary>
    public static (string Ranker, IResult? Problem) Ranker(ApiRequest request)
    {
        var ranker = request.Query("ranker") ?? RankerNames.Baseline;
        return RankerNames.IsKnown(ranker)
            ? (ranker, null)
            : (ranker, Problems.Validation([new FieldError("ranker", $"must be {RankerNames.Bm25}, {RankerNames.Baseline} or {RankerNames.Model}")]));
    }
}
