using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Cli.TestSupport;

/// <summary>The errors a host logged, exceptions included, so a test that sees a 500 can say what the server saw.</summary>
public sealed class ErrorLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ErrorLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                logs._entries.Enqueue($"{category}: {formatter(state, exception)}\n{exception}");
            }
        }
    }
}
