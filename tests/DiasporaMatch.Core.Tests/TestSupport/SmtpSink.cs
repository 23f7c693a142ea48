using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace DiasporaMatch.TestSupport;

/// <summary>
/// A real SMTP server on a free loopback port (tools/install-test-deps.sh installs Debian's python3-aiosmtpd),
/// saving each accepted message to a folder the tests read. Stopped by its own PID.
/// </summary>
public sealed class SmtpSink : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Process _process;

    public SmtpSink()
    {
        // The free port is only free when asked: another test may take it before python binds it, so a sink that
        // exits before "ready" is started again on a fresh port, a bounded number of times.
        var failures = new List<string>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var port = FreePort();
            var process = Start(port);
            var ready = process.StandardOutput.ReadLineAsync();
            if (ready.Wait(TimeSpan.FromSeconds(60)) && ready.Result == "ready")
            {
                Port = port;
                _process = process;
                return;
            }

            Stop(process);
            failures.Add($"port {port}: {process.StandardError.ReadToEnd().Trim()}");
            process.Dispose();
        }

        _folder.Dispose();
        throw new InvalidOperationException($"the SMTP sink did not start: {string.Join(" | ", failures)}");
    }

    public int Port { get; }

    /// <summary>While refusing, every message gets 451 (a transient failure).</summary>
    public bool Refusing
    {
        get => File.Exists(RefuseFile);
        set
        {
            if (value)
            {
                File.WriteAllText(RefuseFile, "");
            }
            else
            {
                File.Delete(RefuseFile);
            }
        }
    }

    private string RefuseFile => Path.Combine(_folder.Path, "refuse");

    /// <summary>The messages received so far, in arrival order.</summary>
    public IReadOnlyList<MimeMessage> Messages() =>
        [.. Directory.GetFiles(_folder.Path, "*.eml").Order(StringComparer.Ordinal).Select(path => MimeMessage.Load(path))];

    public void Dispose()
    {
        try
        {
            Stop(_process);
        }
        finally
        {
            _process.Dispose();
            _folder.Dispose();
        }
    }

    private Process Start(int port)
    {
        var script = Path.Combine(RepoPaths.Root, "tests", "DiasporaMatch.Core.Tests", "TestSupport", "smtp_sink.py");
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add(_folder.Path);
        return Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
