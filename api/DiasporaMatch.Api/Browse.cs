using DiasporaMatch.Browsing;
using DiasporaMatch.Records;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>The list routes asked with search parameters: filtered, sorted and paged on the server (callers already allowed to list).</summary>
internal static class Browse
{
    public static async Task<IResult> NeedsAsync(ApiRequest request)
    {
        var (query, errors) = BrowseQueryParser.Parse(RecordKind.Needs, request.Query);
        return query is null
            ? Problems.Validation(errors)
            : Results.Ok(await RecordBrowser.NeedsAsync(request.Services.Store, query with { Today = DateOnly.FromDateTime(request.Services.Workspace.Time.GetUtcNow().UtcDateTime) }, request.Aborted));
    }

    public static Task<IResult> ProfilesAsync(ApiRequest request)
    {
        var (query, errors) = BrowseQueryParser.Parse(RecordKind.Profiles, request.Query);
        return Task.FromResult(query is null
            ? Problems.Validation(errors)
            : Results.Ok(Search.ProfileBrowser.Page(request.Services.Matches.Indexes.Profiles, query)));
    }
}
