namespace DiasporaMatch.Cli;

/// <summary>CONTRACT.md: 0 success, 1 invalid input (bad records, missing or unreadable files, store busy), 2 usage error.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int InvalidInput = 1;
    public const int Usage = 2;

    /// <summary>Ctrl+C: the shell's convention (128 + SIGINT).</summary>
    public const int Cancelled = 130;
}
