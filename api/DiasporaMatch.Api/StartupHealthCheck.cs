using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DiasporaMatch.Api;

/// <summary>Readiness: healthy once the start-up work has opened and caught up the indexes; degraded while it runs, unhealthy if it failed.</summary>
internal sealed class StartupHealthCheck(MatchServiceStartup startup) : IHealthCheck
{
    public const string Name = "startup";

    /// <summary>The tag of the checks <c>GET /api/health/ready</c> runs.</summary>
    public const string ReadyTag = "ready";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(startup.IsReady
            ? HealthCheckResult.Healthy("indexes open and caught up")
            : startup.Failure is { } failure
                ? HealthCheckResult.Unhealthy("start-up failed; see the log", failure)
                : HealthCheckResult.Degraded("start-up work is running (index catch-up)")); // alive, not ready yet: not an error
}
