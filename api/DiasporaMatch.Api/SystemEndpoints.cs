using DiasporaMatch.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DiasporaMatch.Api;

internal static class SystemEndpoints
{
    /// <summary>Liveness: answers at once, during start-up work too (the index fields are null until it is done).</summary>
    public static Task<IResult> HealthAsync(ApiRequest request)
    {
        var store = request.Services.Store as FileDocumentStore;
        var startup = request.Services.Startup;
        var indexes = startup.IsReady ? startup.Current.Indexes : null;
        return Task.FromResult(Results.Ok(new Contracts.HealthStatus(
            "ok",
            startup.IsReady,
            request.Services.Workspace.Time.GetUtcNow(),
            store?.LastSequence,
            indexes?.Cursor,
            indexes?.Warming))); // factsWarming: rankings are slower until false (see README, Performance)
    }

    /// <summary>Readiness: 200 once start-up work is done (indexes open and caught up) and their facts decoded, 503 until then or when it failed.</summary>
    public static async Task<IResult> ReadyAsync(ApiRequest request)
    {
        var report = await request.Services.Health.CheckHealthAsync(check => check.Tags.Contains(StartupHealthCheck.ReadyTag), request.Aborted);
        var ready = report.Status == HealthStatus.Healthy;
        return Results.Json(
            new Contracts.ReadinessReport(
                ready ? "ready" : "not-ready",
                report.Entries.ToDictionary(e => e.Key, e => new Contracts.ReadinessCheck(e.Value.Status.ToString(), e.Value.Description), StringComparer.Ordinal)),
            statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    public static Task<IResult> OpenApiAsync(ApiRequest request) => Task.FromResult(Results.Json(OpenApiDocument.Build(ApiRouteTable.Routes, $"{request.Http.Request.Scheme}://{request.Http.Request.Host}{request.Http.Request.PathBase}")));
}
