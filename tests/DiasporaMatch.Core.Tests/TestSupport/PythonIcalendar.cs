using System.Diagnostics;

namespace DiasporaMatch.TestSupport;

/// <summary>A second iCalendar parser: Python's icalendar (Debian's python3-icalendar), reading .ics text from stdin.</summary>
public static class PythonIcalendar
{
    private const string Script = """
        import sys, icalendar
        cal = icalendar.Calendar.from_ical(sys.stdin.read())
        print(cal.get("METHOD", ""))
        for e in cal.walk("VEVENT"):
            print(e["UID"], e.decoded("DTSTART").isoformat(), e.decoded("DTEND").isoformat(), e.get("STATUS", ""), e.get("LOCATION", ""), sep="|")
        """;

    /// <summary>The METHOD line, then one "uid|start|end|status|location" line per event.</summary>
    public static IReadOnlyList<string> Parse(string ics)
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        process.StandardInput.Write(ics);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(30_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("python3 icalendar did not finish");
        }

        Assert.True(process.ExitCode == 0, error.Result);
        return output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
