using System.Diagnostics.Metrics;

namespace DiasporaMatch.Import;

/// <summary>Import throughput as a counter of records by kind and outcome (the rate is the throughput); see <c>Matching.MatchTelemetry</c> for the name.</summary>
internal static class ImportTelemetry
{
    private static readonly Meter Meter = new("DiasporaMatch");

    private static readonly Counter<long> Records = Meter.CreateCounter<long>("dmatch.import.records", unit: "{record}", description: "Records read by bulk imports, by kind and outcome");

    public static void Accepted(string kind) => Records.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("outcome", "accepted"));

    public static void Rejected(string? kind) => Records.Add(1, new KeyValuePair<string, object?>("kind", kind ?? "unknown"), new KeyValuePair<string, object?>("outcome", "rejected"));
}
