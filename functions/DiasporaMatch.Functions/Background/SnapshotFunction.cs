using DiasporaMatch.Api;
using DiasporaMatch.Replication;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Functions.Background;

/// <summary>
/// Every 15 minutes: the single writer (a timer runs on one instance at a time) applies pending changes and
/// publishes its indexes as a snapshot, so a cold instance loads it and replays only what came after.
/// </summary>
public sealed partial class SnapshotFunction(ApiServices api, IndexSnapshotPublisher publisher, ILogger<SnapshotFunction> logger)
{
    [Function(nameof(PublishIndexSnapshot))]
    public async Task PublishIndexSnapshot([TimerTrigger("0 */15 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        await api.IndexChangesAsync(cancellationToken);
        var manifest = await publisher.PublishAsync(api.Matches.Indexes, cancellationToken);
        Published(logger, manifest.Id, manifest.Cursor, manifest.Files.Count);
    }

    [LoggerMessage(LogLevel.Information, "Index snapshot {Id} published at change {Cursor} ({Files} files)")]
    private static partial void Published(ILogger logger, string id, long cursor, int files);
}
