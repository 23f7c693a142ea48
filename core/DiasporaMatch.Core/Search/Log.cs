using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Search;

/// <summary>The search folder's log messages (source-generated): cursors and counts, never record contents.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Index batch committed at change {Cursor} ({Indexed} indexed, {Removed} removed so far)")]
    public static partial void BatchCommitted(ILogger logger, long cursor, int indexed, int removed);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Indexes caught up from change {From} to {To}: {Indexed} indexed, {Removed} removed, {Unreadable} unreadable")]
    public static partial void CaughtUp(ILogger logger, long from, long to, int indexed, int removed, int unreadable);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "Index catch-up failed; the committed cursor {Cursor} is where the next pass resumes")]
    public static partial void CatchUpFailed(ILogger logger, Exception exception, long cursor);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "the search index holds documents of an earlier layout, or resolved with another taxonomy; rebuilding it from the store as layout {Layout}")]
    public static partial void RebuildingForLayout(ILogger logger, string layout);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "the search index has applied change {Newest} but the change log ends before it; rebuilding the index from the store")]
    public static partial void RebuildingFromStore(ILogger logger, long newest);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "change {Sequence} of the log was damaged and which record it touched is unknown; rebuilding the index from the store")]
    public static partial void RebuildingForLostChange(ILogger logger, long sequence);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Error, Message = "decoding the index's facts in the background failed; queries decode the rest when they first read them")]
    public static partial void WarmUpFailed(ILogger logger, Exception exception);
}
