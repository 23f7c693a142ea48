using System.Text.Json;
using DiasporaMatch.Ranking;
using DiasporaMatch.Records;

namespace DiasporaMatch.Cli.Commands;

/// <summary>Prints needs or opportunities suggested to an expert, as text or one JSON object.</summary>
internal static class SuggestionWriter
{
    public static async Task WriteAsync(CliContext context, string expertId, string what, string ranker, IReadOnlyList<Suggestion> results)
    {
        if (context.Json)
        {
            var body = new
            {
                expertId,
                ranker,
                results = results.Select(r => new { rank = r.Rank, id = r.Id, title = r.Title, score = Math.Round(r.Score, 4), eligible = r.Eligible, reasons = r.Reasons }),
            };
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(body, RecordJson.Options));
            return;
        }

        await context.Out.WriteLineAsync($"{expertId} ({ranker}): {results.Count} {what}");
        foreach (var r in results)
        {
            await context.Out.WriteLineAsync($"{r.Rank,4}. {r.Id,-20} {r.Score,8:0.000}  {r.Title}");
            if (r.Reasons.Count > 0)
            {
                await context.Out.WriteLineAsync($"      {string.Join("; ", r.Reasons)}");
            }
        }
    }
}
