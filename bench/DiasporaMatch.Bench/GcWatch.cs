using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace DiasporaMatch.Bench;

/// <summary>
/// The runtime's own GC events, in process: why each collection started, and which types the allocation
/// samples (one per ~100 KB allocated) fell on, small and large object heap apart. Says what to pool or shrink.
/// </summary>
internal sealed class GcWatch : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, int> _reasons = new();
    private readonly ConcurrentDictionary<string, int> _samples = new();
    private volatile bool _on;

    public void Start()
    {
        _reasons.Clear();
        _samples.Clear();
        _on = true;
    }

    public string Stop(int top = 25)
    {
        _on = false;
        var reasons = string.Join(", ", _reasons.OrderByDescending(r => r.Value).Select(r => $"{r.Key} ×{r.Value}"));
        var samples = string.Join("\n    ", _samples.OrderByDescending(s => s.Value).Take(top).Select(s => $"{s.Value,5} × {s.Key}"));
        return $"  GC starts: {reasons}\n  allocation samples (≈100 KB each):\n    {samples}";
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.Payload is null)
        {
            return;
        }

        if (e.EventName == "GCStart_V2")
        {
            _reasons.AddOrUpdate($"gen{Field(e, "Depth")} {Reason(Field(e, "Reason"))}", 1, (_, n) => n + 1);
        }
        else if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true)
        {
            var heap = Field(e, "AllocationKind") switch { "1" => "LOH", "2" => "POH", _ => "SOH" };
            _samples.AddOrUpdate($"{heap} {Field(e, "TypeName")}", 1, (_, n) => n + 1);
        }
    }

    private static string Field(EventWrittenEventArgs e, string name)
    {
        var at = e.PayloadNames?.IndexOf(name) ?? -1;
        return at >= 0 ? Convert.ToString(e.Payload![at], System.Globalization.CultureInfo.InvariantCulture) ?? "" : "";
    }

    private static string Reason(string code) => code switch
    {
        "0" => "small alloc",
        "1" => "induced",
        "3" => "empty",
        "4" => "large alloc",
        "5" => "oos soh",
        "6" => "oos loh",
        "7" => "induced noforce",
        "10" => "induced low memory",
        _ => "reason " + code,
    };
}
