using DiasporaMatch.Api;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Functions.Background;

/// <summary>A message on <c>index-updates</c> (any body: it is a nudge) applies every pending store change to the indexes.</summary>
public sealed partial class IndexFunction(ApiServices api, ILogger<IndexFunction> logger)
{
    [Function(nameof(ApplyIndexUpdates))]
    public async Task ApplyIndexUpdates([QueueTrigger("index-updates", Connection = "IndexQueue")] string message, CancellationToken cancellationToken)
    {
        await api.IndexChangesAsync(cancellationToken);
        CaughtUp(logger, api.Matches.Indexes.Cursor, message);
    }

    [LoggerMessage(LogLevel.Information, "Indexes caught up to change {Cursor} (nudge: {Message})")]
    private static partial void CaughtUp(ILogger logger, long cursor, string message);
}
