using System.Diagnostics;
using DiasporaMatch.Cli.TestSupport;

namespace DiasporaMatch.Cli.Commands;

/// <summary>`dmatch demo` ends with a next step a newcomer can paste: it must run as printed and say which ranker it uses.</summary>
public sealed class DemoCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Demo_PrintedNextCommand_RunsAsPrintedAndNamesTheDefaultRanker()
    {
        var (code, output, error) = await _cli.RunAsync("demo");
        Assert.True(code == ExitCodes.Success, error);

        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        var next = Array.FindIndex(lines, l => l.StartsWith("Next", StringComparison.Ordinal));
        Assert.True(next >= 0, output);
        Assert.Contains("baseline ranker unless --ranker model", lines[next], StringComparison.Ordinal);
        var command = lines[next + 1];

        var info = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(command);
        using var shell = Process.Start(info)!;
        var printed = shell.StandardOutput.ReadToEndAsync();
        var complaints = shell.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await shell.WaitForExitAsync(timeout.Token);

        Assert.True(shell.ExitCode == ExitCodes.Success, $"{command}\n{await complaints}");
        Assert.StartsWith("N-0001 (model): 10 experts", await printed, StringComparison.Ordinal);
    }
}
