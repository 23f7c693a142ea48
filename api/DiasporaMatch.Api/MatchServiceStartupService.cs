using Microsoft.Extensions.Hosting;

namespace DiasporaMatch.Api;

/// <summary>
/// Runs <see cref="MatchServiceStartup"/> as soon as the host starts, in the background: the server listens and
/// answers liveness at once; readiness turns healthy when the work is done. A failure stops the host.
/// </summary>
internal sealed class MatchServiceStartupService(MatchServiceStartup startup) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => startup.OpenAsync(stoppingToken);
}
