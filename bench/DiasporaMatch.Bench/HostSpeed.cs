using System.Diagnostics;

namespace DiasporaMatch.Bench;

/// <summary>
/// A fixed piece of work (dependent reads over 32 MB, as a ranking's cache misses are) timed now and then
/// during a measurement: this shared host's speed drifts by up to 1.7x within minutes, and the probe's spread
/// says how much of a run's figures is the host rather than the code.
/// </summary>
internal sealed class HostSpeed
{
    private readonly int[] _next;
    private readonly List<double> _probes = [];

    public HostSpeed(int seed)
    {
        // One random cycle through 8M slots: every read depends on the previous one and misses the cache.
        var order = Enumerable.Range(0, 8 << 20).ToArray();
        new Random(seed).Shuffle(order);
        _next = new int[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            _next[order[i]] = order[(i + 1) % order.Length];
        }
    }

    public void Probe()
    {
        var start = Stopwatch.GetTimestamp();
        var at = 0;
        for (var i = 0; i < 100_000; i++)
        {
            at = _next[at];
        }

        _probes.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds + (at < 0 ? 1 : 0));
    }

    public override string ToString() => _probes.Count == 0
        ? "no probe"
        : $"host probe (100k dependent reads over 32 MB), {_probes.Count} probes: min {_probes.Min():F2} ms, median {Timing.Percentile([.. _probes], 50):F2} ms, max {_probes.Max():F2} ms";
}
