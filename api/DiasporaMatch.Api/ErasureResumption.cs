using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Api;

/// <summary>At start-up, finishes every erasure a crash left half done, before the host takes requests.</summary>
internal sealed partial class ErasureResumption(ApiServices services, ILogger<ErasureResumption> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var resumed = await services.Erasure.ResumePendingAsync(cancellationToken);
        if (resumed > 0)
        {
            Resumed(logger, resumed);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Finished {Count} erasure(s) interrupted before the last start")]
    private static partial void Resumed(ILogger logger, int count);
}
