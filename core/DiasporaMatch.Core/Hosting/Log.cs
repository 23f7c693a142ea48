using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Hosting;

/// <summary>The hosting folder's log messages (source-generated); paths and kinds only, never personal data.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Workspace {Root} opened over the {StoreKind} store")]
    public static partial void StoreOpened(ILogger logger, string storeKind, string root);
}
