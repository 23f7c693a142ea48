using System.Runtime.InteropServices;

namespace DiasporaMatch.Bench;

/// <summary>
/// CPU time of the calling thread (Linux clock_gettime CLOCK_THREAD_CPUTIME_ID, nanosecond resolution, unlike
/// getrusage's scheduler ticks): on a shared machine wall-clock latency includes waiting for a core, this
/// does not, so figures are comparable between runs.
/// </summary>
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ClockThreadCpuTime, out var time) != 0)
        {
            return double.NaN;
        }

        return (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0);
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
