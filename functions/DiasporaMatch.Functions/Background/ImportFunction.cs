using System.Text.Json;
using System.Text.RegularExpressions;
using DiasporaMatch.Api;
using DiasporaMatch.Import;
using DiasporaMatch.Records;
using Microsoft.Azure.Functions.Worker;

namespace DiasporaMatch.Functions.Background;

/// <summary>A JSONL or CSV file dropped in <c>imports/</c> is imported; <c>import-reports/{name}.report.jsonl</c> gets one line per rejected record and a summary line.</summary>
public sealed partial class ImportFunction(ApiServices api)
{
    [Function(nameof(ImportBlob))]
    [BlobOutput("import-reports/{name}.report.jsonl", Connection = "Storage")]
    public Task<string> ImportBlob([BlobTrigger("imports/{name}", Connection = "Storage", Source = BlobTriggerSource.EventGrid)] Stream blob, string name, CancellationToken cancellationToken) =>
        RunAsync(blob, name, cancellationToken);

    /// <summary>Never throws for a bad file: a bad name, an unreadable file or a bad record each become a report line.</summary>
    internal async Task<string> RunAsync(Stream blob, string name, CancellationToken cancellationToken)
    {
        using var report = new StringWriter();
        var format = FormatOf(name);
        if (format is null)
        {
            await report.WriteLineAsync(Line(new { file = name, error = "file name must be [A-Za-z0-9._-] only and end in .jsonl or .csv; nothing imported" }));
            return report.ToString();
        }

        try
        {
            var summary = await api.Workspace.Importer.ImportAsync(
                blob, format.Value, KindDetector.FromFileName(name), r => report.WriteLineAsync(Line(new { file = name, r.Line, r.Id, r.Errors })), cancellationToken: cancellationToken);
            await api.IndexChangesAsync(cancellationToken);
            await report.WriteLineAsync(Line(new { summary = new { file = name, summary.Kind, summary.Records, summary.Created, summary.Updated, summary.Rejected, seconds = Math.Round(summary.Elapsed.TotalSeconds, 3) } }));
        }
        catch (ImportFileException ex)
        {
            await report.WriteLineAsync(Line(new { file = name, error = ex.Message }));
        }

        return report.ToString();
    }

    /// <summary>The file-name guard: a plain file name (no path, no leading dot) ending in .jsonl or .csv, else null.</summary>
    internal static ImportFormat? FormatOf(string name) =>
        !SafeName().IsMatch(name) ? null : name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ImportFormat.Csv : ImportFormat.JsonLines;

    private static string Line(object value) => JsonSerializer.Serialize(value, RecordJson.Options);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}\.(jsonl|csv)\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SafeName();
}
