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

    /// <summary>
    /// Input i goes to call i mod calls.Count; each call's figures from its own inputs, GC work counted where it
    /// fell. <paramref name="between"/> runs before each input, outside every timing.
    /// </summary>
    public static Timing[] MeasureInterleaved<T>(IReadOnlyList<T> inputs, IReadOnlyList<Action<T>> calls, Action<int>? between = null)
    {
        var wall = calls.Select(_ => new List<double>()).ToArray();
        var cpu = calls.Select(_ => new List<double>()).ToArray();
        var gcs = new (int Gen0, int Gen1, int Gen2, TimeSpan Paused, long Allocated)[calls.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var v = i % calls.Count;
            between?.Invoke(i);
            var before = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetAllocatedBytesForCurrentThread());
            var cpuStart = ThreadCpu.Milliseconds();
            var start = Stopwatch.GetTimestamp();
            calls[v](inputs[i]);
            wall[v].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            cpu[v].Add(ThreadCpu.Milliseconds() - cpuStart);
            var g = gcs[v];
            gcs[v] = (g.Gen0 + GC.CollectionCount(0) - before.Item1, g.Gen1 + GC.CollectionCount(1) - before.Item2, g.Gen2 + GC.CollectionCount(2) - before.Item3,
                g.Paused + GC.GetTotalPauseDuration() - before.Item4, g.Allocated + GC.GetAllocatedBytesForCurrentThread() - before.Item5);
        }

        return [.. Enumerable.Range(0, calls.Count).Select(v =>
        {
            var g = gcs[v];
            var gc = $"GCs gen0/1/2 {g.Gen0}/{g.Gen1}/{g.Gen2}, paused {g.Paused.TotalMilliseconds:F0} ms, allocated {g.Allocated / 1024.0 / wall[v].Count:N0} KB/call";
            return new Timing(Percentile([.. wall[v]], 50), Percentile([.. wall[v]], 99), wall[v].Average(), Percentile([.. cpu[v]], 50), Percentile([.. cpu[v]], 99), gc);
        })];
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
