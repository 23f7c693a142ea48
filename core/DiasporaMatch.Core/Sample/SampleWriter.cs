using System.Text.Json;
using DiasporaMatch.Records;

namespace DiasporaMatch.Sample;

/// <summary>
/// Writes generated data as one JSONL file per kind, named so `dmatch import` detects the kind, plus
/// <c>investment-decisions.jsonl</c> (no record kind: loaded with `dmatch train --investment-decisions`).
/// </summary>
public static class SampleWriter
{
    public const string InvestmentDecisionsFile = "investment-decisions";

    public static IReadOnlyDictionary<string, int> Write(SampleData data, string folder)
    {
        Directory.CreateDirectory(folder);
        return new Dictionary<string, int>
        {
            [RecordKind.Organisations] = WriteKind(folder, RecordKind.Organisations, data.Organisations),
            [RecordKind.Profiles] = WriteKind(folder, RecordKind.Profiles, data.Profiles),
            [RecordKind.Needs] = WriteKind(folder, RecordKind.Needs, data.Needs),
            [RecordKind.Opportunities] = WriteKind(folder, RecordKind.Opportunities, data.Opportunities),
            [RecordKind.Decisions] = WriteKind(folder, RecordKind.Decisions, data.Decisions),
            [InvestmentDecisionsFile] = WriteKind(folder, InvestmentDecisionsFile, data.InvestmentDecisions),
        };
    }

    private static int WriteKind<T>(string folder, string kind, IReadOnlyList<T> records)
    {
        using var writer = new StreamWriter(Path.Combine(folder, kind + ".jsonl"));
        writer.NewLine = "\n";
        foreach (var record in records)
        {
            writer.WriteLine(JsonSerializer.Serialize(record, RecordJson.Options));
        }

        return records.Count;
    }
}
