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
        Port = FreePort();
        var script = Path.Combine(RepoPaths.Root, "tests", "DiasporaMatch.Core.Tests", "TestSupport", "smtp_sink.py");
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add(_folder.Path);
        _process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var ready = _process.StandardOutput.ReadLineAsync();
        if (!ready.Wait(TimeSpan.FromSeconds(20)) || ready.Result != "ready")
        {
            Dispose();
            throw new InvalidOperationException($"the SMTP sink did not start: {_process.StandardError.ReadToEnd()}");
        }
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
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        finally
        {
            _process.Dispose();
            _folder.Dispose();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
