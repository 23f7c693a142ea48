using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Api;

/// <summary>
/// At start-up, once the match service is open (erasure removes index entries too), finishes every erasure a crash
/// left half done. Until it has, a repeated DELETE of such an expert finishes that one itself.
/// </summary>
internal sealed partial class ErasureResumption(ApiServices services, ILogger<ErasureResumption> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await services.Startup.OpenAsync(stoppingToken);
        var resumed = await services.Erasure.ResumePendingAsync(stoppingToken);
        if (resumed > 0)
        {
            Resumed(logger, resumed);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Finished {Count} erasure(s) interrupted before the last start")]
    private static partial void Resumed(ILogger logger, int count);
}
