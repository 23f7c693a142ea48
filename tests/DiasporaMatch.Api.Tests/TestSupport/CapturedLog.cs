using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Api.TestSupport;

internal sealed record CapturedLog(string Category, LogLevel Level, int EventId, string Message, Exception? Exception);
