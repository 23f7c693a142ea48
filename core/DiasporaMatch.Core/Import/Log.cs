using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Import;

/// <summary>The import folder's log messages (source-generated): counts only, never record contents.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Imported {Kind}: {Records} records, {Created} created, {Updated} updated, {Rejected} rejected in {Seconds:0.0} s")]
    public static partial void Imported(ILogger logger, string kind, long records, long created, long updated, long rejected, double seconds);
}
