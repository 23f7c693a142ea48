namespace DiasporaMatch.Cli;

/// <summary>A file or folder named on the command line cannot be used; reported as one line with exit code 1.</summary>
internal sealed class CliInputException(string message) : Exception(message);
