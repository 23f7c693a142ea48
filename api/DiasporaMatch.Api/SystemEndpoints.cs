using DiasporaMatch.Storage;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

internal static class SystemEndpoints
{
    public static Task<IResult> HealthAsync(ApiRequest request)
    {
        var store = request.Services.Store as FileDocumentStore;
        return Task.FromResult(Results.Ok(new
        {
            status = "ok",
            at = request.Services.Workspace.Time.GetUtcNow(),
            changes = store?.LastSequence,
            indexedCursor = request.Services.Matches.Indexes.Cursor,
            factsWarming = request.Services.Matches.Indexes.Warming, // rankings are slower until false (see README, Performance)
        }));
    }

    public static Task<IResult> OpenApiAsync(ApiRequest request) => Task.FromResult(Results.Json(OpenApiDocument.Build(ApiRouteTable.Routes)));
}
