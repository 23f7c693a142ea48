using System.Diagnostics;
using System.Globalization;

namespace DiasporaMatch.Bench;

/// <summary>Per-call latency: wall clock (what a caller waits) and the thread's own CPU time (what the work costs).</summary>
internal sealed record Timing(double WallP50, double WallP99, double WallMean, double CpuP50, double CpuP99, string Gc)
{
    public static Timing Measure<T>(IReadOnlyList<T> inputs, Action<T> call)
    {
        var wall = new double[inputs.Count];
        var cpu = new double[inputs.Count];
        var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var paused = GC.GetTotalPauseDuration();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < inputs.Count; i++)
        {
            var cpuStart = ThreadCpu.Milliseconds();
            var start = Stopwatch.GetTimestamp();
            call(inputs[i]);
            wall[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            cpu[i] = ThreadCpu.Milliseconds() - cpuStart;
        }

        var gc = $"GCs gen0/1/2 {GC.CollectionCount(0) - collections.Item1}/{GC.CollectionCount(1) - collections.Item2}/{GC.CollectionCount(2) - collections.Item3}, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms, allocated {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / inputs.Count:N0} KB/call";
        return new Timing(Percentile(wall, 50), Percentile(wall, 99), wall.Average(), Percentile(cpu, 50), Percentile(cpu, 99), gc);
    }

    public static double Percentile(double[] values, double percent)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"p50 {WallP50:F2} ms, p99 {WallP99:F2} ms, mean {WallMean:F2} ms (thread CPU p50 {CpuP50:F2} ms, p99 {CpuP99:F2} ms; {Gc})");
}
