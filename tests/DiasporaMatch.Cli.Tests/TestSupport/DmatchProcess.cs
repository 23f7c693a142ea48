using System.Diagnostics;
using System.Text;

namespace DiasporaMatch.Cli.TestSupport;

/// <summary>
/// `dmatch` as a child process (the built dmatch.dll), for what only a separate process shows: OS file locks,
/// kill -9. Stopped by its own PID on dispose.
/// </summary>
internal sealed class DmatchProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly Lock _gate = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> _waiters = [];

    private DmatchProcess(IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dmatch.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, e) => Append(_output, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
        _process.Start();
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_gate)
            {
                return _error.ToString();
            }
        }
    }

    public static DmatchProcess Start(params string[] args) => new(args);

    /// <summary>Runs a command to its end (bounded): its exit code and what it printed.</summary>
    public static async Task<(int Code, string Out, string Err)> RunAsync(TimeSpan timeout, params string[] args)
    {
        using var child = new DmatchProcess(args);
        using var limit = new CancellationTokenSource(timeout);
        await child._process.WaitForExitAsync(limit.Token);
        return (child._process.ExitCode, child.Output, child.Error);
    }

    /// <summary>`dmatch serve` on a free loopback port; returns once it listens, with its address.</summary>
    public static async Task<(DmatchProcess Serve, Uri Address)> ServeAsync(string dataFolder, TimeSpan timeout)
    {
        var serve = Start("serve", "--urls", "http://127.0.0.1:0", "--data", dataFolder);
        try
        {
            var line = await serve.WaitForErrorLineAsync(l => l.StartsWith("DiasporaMatch API on ", StringComparison.Ordinal), timeout);
            var url = line["DiasporaMatch API on ".Length..].Split(' ', ',')[0];
            return (serve, new Uri(url));
        }
        catch
        {
            serve.Dispose();
            throw;
        }
    }

    /// <summary>Waits for a line on standard error; fails with what was printed when the process exits or time runs out.</summary>
    public async Task<string> WaitForErrorLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            var seen = _error.ToString().Split('\n').FirstOrDefault(match);
            if (seen is not null)
            {
                return seen;
            }

            _waiters.Add((match, found));
        }

        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(found.Task, exited, Task.Delay(timeout));
        if (first == found.Task)
        {
            return await found.Task;
        }

        throw new TimeoutException($"dmatch {(first == exited ? $"exited with {_process.ExitCode}" : "timed out")} before the expected line; stderr: {Error}");
    }

    /// <summary>SIGKILL: no clean-up code runs (this process's own PID only).</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(StringBuilder to, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            to.Append(line).Append('\n');
            if (ReferenceEquals(to, _error))
            {
                foreach (var waiter in _waiters.Where(w => w.Match(line)).ToList())
                {
                    waiter.Found.TrySetResult(line);
                    _waiters.Remove(waiter);
                }
            }
        }
    }
}
