using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Api;

/// <summary>The API's log messages (source-generated): route names, trace ids, cursors; never personal data.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Error, Message = "Route {Route} failed with an unexpected error (500); trace {TraceId}")]
    public static partial void Unhandled(ILogger logger, Exception exception, string route, string traceId);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Critical, Message = "Start-up failed: the match service could not open and catch up its indexes")]
    public static partial void StartupFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Ready: indexes caught up to change {Cursor} in {Seconds:0.0} s")]
    public static partial void Ready(ILogger logger, long cursor, double seconds);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "Index snapshot restored at change {Cursor}")]
    public static partial void SnapshotRestored(ILogger logger, long cursor);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "Finished {Count} erasure(s) interrupted before the last start")]
    public static partial void ErasuresResumed(ILogger logger, int count);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Error, Message = "Route {Route} could not read or write the data folder (503); trace {TraceId}")]
    public static partial void StorageFailed(ILogger logger, Exception exception, string route, string traceId);
}
