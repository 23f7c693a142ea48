using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DiasporaMatch.Api;

/// <summary>
/// Readiness: healthy once the start-up work has opened and caught up the indexes and their facts are decoded
/// (<see cref="MatchServiceStartup.IsWarm"/>); degraded until then, unhealthy if the start-up failed.
/// </summary>
internal sealed class StartupHealthCheck(MatchServiceStartup startup) : IHealthCheck
{
    public const string Name = "startup";

    /// <summary>The tag of the checks <c>GET /api/health/ready</c> runs.</summary>
    public const string ReadyTag = "ready";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Of(startup.IsReady, startup.IsWarm, startup.Failure));

    /// <summary>The readiness of a host whose start-up work is <paramref name="open"/> (requests served) and <paramref name="warm"/> (facts decoded).</summary>
    internal static HealthCheckResult Of(bool open, bool warm, Exception? failure) =>
        open && warm ? HealthCheckResult.Healthy("indexes open and caught up, facts decoded")
        : open ? HealthCheckResult.Degraded("indexes open, decoding their facts: requests are served, rankings run slower until done")
        : failure is not null ? HealthCheckResult.Unhealthy("start-up failed; see the log", failure)
        : HealthCheckResult.Degraded("start-up work is running (index catch-up)"); // alive, not ready yet: not an error
}
