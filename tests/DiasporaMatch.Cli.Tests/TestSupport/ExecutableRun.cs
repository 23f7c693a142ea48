using System.Diagnostics;

namespace DiasporaMatch.Cli.TestSupport;

/// <summary>Runs the built `dmatch` (dmatch.dll beside the tests) as its own process and waits, bounded, for its exit.</summary>
public static class ExecutableRun
{
    public static async Task<(int Code, string Out, string Err)> RunAsync(string workingDirectory, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dmatch.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return await RunAsync(info, TimeSpan.FromSeconds(60));
    }

    /// <summary>Any process, its output read as it runs, killed with its children when <paramref name="limit"/> passes.</summary>
    public static async Task<(int Code, string Out, string Err)> RunAsync(ProcessStartInfo info, TimeSpan limit)
    {
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }
}
