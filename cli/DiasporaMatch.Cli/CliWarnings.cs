using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Cli;

/// <summary>
/// Shows the domain's warnings (say, an index rebuilt on its own) to the person at the terminal as one `dmatch:` line on
/// standard error. Errors are not written here: they end the command, whose failure line says them once.
/// </summary>
internal sealed class CliWarnings(TextWriter error) : ILoggerFactory, ILogger
{
    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException("the command line shows warnings on standard error only");

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel == LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            error.WriteLine("dmatch: " + formatter(state, exception));
        }
    }

    public void Dispose()
    {
    }
}
