using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DiasporaMatch.Matching;

/// <summary>
/// The domain's traces and metrics, through System.Diagnostics only: a host subscribes to <see cref="Name"/>
/// (OpenTelemetry in the API) or nothing is recorded.
/// </summary>
public static class MatchTelemetry
{
    /// <summary>The name of the domain's <see cref="ActivitySource"/> and <see cref="Meter"/>s.</summary>
    public const string Name = "DiasporaMatch";

    /// <summary>The histogram of match latency, tagged by <c>stage</c>: retrieve, features, score, reasons.</summary>
    public const string MatchDuration = "dmatch.match.duration";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        MatchDuration, unit: "s", description: "Time a match spends in each stage");

    /// <summary>Records a stage that started at <paramref name="started"/> (a <see cref="Stopwatch.GetTimestamp"/>); returns now, the next stage's start.</summary>
    internal static long Stage(string stage, long started)
    {
        var now = Stopwatch.GetTimestamp();
        Duration.Record(Stopwatch.GetElapsedTime(started, now).TotalSeconds, new KeyValuePair<string, object?>("stage", stage));
        return now;
    }
}
