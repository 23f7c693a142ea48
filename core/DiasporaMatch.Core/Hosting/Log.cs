using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Hosting;

/// <summary>The hosting folder's log messages (source-generated); paths and kinds only, never personal data.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Workspace {Root} opened over the {StoreKind} store")]
    public static partial void StoreOpened(ILogger logger, string storeKind, string root);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "the store's change log was damaged: {Count} change(s) could not be read and are marked lost; every other change is kept, and a search index that had not applied them yet is rebuilt from the documents, which are intact")]
    public static partial void ChangeLogRestored(ILogger logger, int count);
}
