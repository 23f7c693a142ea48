namespace DiasporaMatch.Cli;

/// <summary>How to run this `dmatch` from a shell, for hints printed to the user: a command that works as printed.</summary>
internal static class DmatchInvocation
{
    /// <summary><c>dmatch</c> when it is on PATH (tools/install-dmatch.sh), else <c>dotnet</c> on this very build's dmatch.dll.</summary>
    public static string Command(string? path = null)
    {
        path ??= Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var onPath = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Any(folder => File.Exists(Path.Combine(folder, "dmatch")));
        return onPath ? "dmatch" : "dotnet " + Quote(Path.Combine(AppContext.BaseDirectory, "dmatch.dll"));
    }

    /// <summary>Single-quoted for a POSIX shell when the word holds anything a shell would split or expand.</summary>
    public static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "/._-+:=,@".Contains(c, StringComparison.Ordinal))
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
