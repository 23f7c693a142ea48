using System.CommandLine;

namespace DiasporaMatch.Cli;

/// <summary>Options every command takes.</summary>
public static class GlobalOptions
{
    public static Option<string> Data { get; } = new("--data")
    {
        Description = "Data folder (default: $DMATCH_DATA or ./.dmatch)",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("DMATCH_DATA") is { Length: > 0 } env ? env : ".dmatch",
    };

    public static Option<bool> Json { get; } = new("--json")
    {
        Description = "Machine-readable output on stdout",
        Recursive = true,
    };

    public static Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "On failure, print the full error (stack trace included), not only its one-line message",
        Recursive = true,
    };
}
