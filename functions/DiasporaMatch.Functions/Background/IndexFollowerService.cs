using DiasporaMatch.Api;
using DiasporaMatch.Functions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiasporaMatch.Functions.Background;

/// <summary>
/// Every instance's replica follows the store's change log on its own: a queue message reaches one instance
/// only, so the queue cannot keep replicas current. <see cref="ApiServices.IndexChangesAsync"/> first awaits the
/// start-up work that opens the indexes (restoring the newest snapshot first: see <see cref="MatchServiceStartup"/>).
/// </summary>
public sealed partial class IndexFollowerService(IServiceProvider services, IOptions<IndexReplicaOptions> options, ILogger<IndexFollowerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host finish starting before the indexes open
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.FollowSeconds));
        do
        {
            try
            {
                var api = services.GetRequiredService<ApiServices>();
                await api.IndexChangesAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Storage may be briefly unreachable; the next tick resumes from the committed cursor.
                FollowFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(LogLevel.Warning, "Index replica could not follow the change log; retrying on the next tick")]
    private static partial void FollowFailed(ILogger logger, Exception exception);
}
