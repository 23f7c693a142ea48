using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using DiasporaMatch.Records;
using DiasporaMatch.Text;
using DiasporaMatch.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiasporaMatch.Import;

/// <summary>
/// Streams a JSONL or CSV file through validation into the store. Good records land, bad ones are reported
/// with their line and every field error and never land. Records are written by parallel lanes (so disk
/// syncs overlap); all records of one id go to the same lane, so a later line for an id always wins.
/// </summary>
public sealed class BulkImporter(RecordService records, RecordSchemas schemas, ILogger<BulkImporter>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<BulkImporter>.Instance;

    private const int Lanes = 64;
    private const int MaxLineChars = RecordValidator.MaxRecordBytes;

    public async Task<ImportSummary> ImportAsync(
        Stream input,
        ImportFormat format,
        string? kind,
        Func<ImportRejection, Task> onRejected,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var started = DateTimeOffset.UtcNow;
        var total = input.CanSeek ? input.Length : (long?)null;
        using var text = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var source = format == ImportFormat.Csv ? ReadCsv(text, kind) : ReadJsonLines(text, kind);
        var counters = new Counters();
        var rejectGate = new SemaphoreSlim(1, 1);
        string? resolvedKind = kind;

        async Task Reject(ImportRejection rejection)
        {
            Interlocked.Increment(ref counters.Rejected);
            ImportTelemetry.Rejected(resolvedKind);
            await rejectGate.WaitAsync(cancellationToken);
            try
            {
                await onRejected(rejection);
            }
            finally
            {
                rejectGate.Release();
            }
        }

        var lanes = Enumerable.Range(0, Lanes).Select(_ => Channel.CreateBounded<Parsed>(256)).ToArray();

        // A failing lane (disk full, store busy) must stop the reader too, or it would block on a full lane forever.
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = lanes.Select(lane => Task.Run(async () =>
        {
            try
            {
                await DrainAsync(lane.Reader, counters, Reject, cancellationToken);
            }
            catch
            {
                await failed.CancelAsync();
                throw;
            }
        }, cancellationToken)).ToArray();

        try
        {
            foreach (var item in source)
            {
                cancellationToken.ThrowIfCancellationRequested();
                counters.Records++;
                resolvedKind = item.Kind ?? resolvedKind;
                if (item.Error is not null)
                {
                    await Reject(new ImportRejection(item.Line, item.Id, [item.Error]));
                }
                else
                {
                    await lanes[LaneOf(item.Id)].Writer.WriteAsync(item, failed.Token);
                }

                if (progress is not null && counters.Records % 1000 == 0)
                {
                    progress.Report(new ImportProgress(counters.Records, counters.Accepted, counters.Rejected, input.CanSeek ? input.Position : 0, total));
                }
            }
        }
        finally
        {
            foreach (var lane in lanes)
            {
                lane.Writer.TryComplete();
            }

            await Task.WhenAll(workers);
        }

        progress?.Report(new ImportProgress(counters.Records, counters.Accepted, counters.Rejected, total ?? 0, total));
        var summary = new ImportSummary(
            resolvedKind ?? "unknown", counters.Records, [.. counters.CreatedIds.Order(StringComparer.Ordinal)], counters.Updated, counters.Rejected, DateTimeOffset.UtcNow - started);
        Log.Imported(_logger, summary.Kind, summary.Records, summary.Created, summary.Updated, summary.Rejected, summary.Elapsed.TotalSeconds);
        return summary;
    }

    private async Task DrainAsync(ChannelReader<Parsed> lane, Counters counters, Func<ImportRejection, Task> reject, CancellationToken cancellationToken)
    {
        await foreach (var item in lane.ReadAllAsync(cancellationToken))
        {
            var outcome = await records.UpsertAsync(item.Kind!, item.Record, cancellationToken);
            if (outcome.Succeeded)
            {
                if (outcome.Status == WriteStatus.Created)
                {
                    counters.CreatedIds.Enqueue(outcome.Id!);
                }
                else
                {
                    Interlocked.Increment(ref counters.Updated);
                }

                ImportTelemetry.Accepted(item.Kind!);
            }
            else
            {
                await reject(new ImportRejection(item.Line, outcome.Id, outcome.Errors));
            }
        }
    }

    private static int LaneOf(string? id) => id is null ? Random.Shared.Next(Lanes) : (int)((uint)StringComparer.Ordinal.GetHashCode(id) % Lanes);

    private static IEnumerable<Parsed> ReadJsonLines(TextReader text, string? kind)
    {
        var reader = new BoundedLineReader(text, MaxLineChars);
        while (reader.TryRead(out var line, out var tooLong))
        {
            if (tooLong)
            {
                yield return Parsed.Failed(reader.LineNumber, $"the line is longer than {MaxLineChars:N0} characters");
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonElement element;
            string? error = null;
            try
            {
                using var doc = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
                element = doc.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                element = default;
                error = $"malformed JSON: {ex.Message}";
            }

            if (error is not null)
            {
                yield return Parsed.Failed(reader.LineNumber, error);
                continue;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                yield return Parsed.Failed(reader.LineNumber, "each line must be one JSON object");
                continue;
            }

            if (JsonDuplicates.Check(element) is { } duplicate)
            {
                yield return Parsed.Failed(reader.LineNumber, $"{duplicate.Path}: {duplicate.Message}");
                continue;
            }

            kind ??= KindDetector.FromFields(element.EnumerateObject().Select(p => SafeJson.TryGetName(p, out var name) ? name : ""))
                ?? throw new ImportFileException($"line {reader.LineNumber}: cannot tell the record kind from its fields; pass --kind");
            yield return Parsed.Ok(reader.LineNumber, kind, element);
        }
    }

    private IEnumerable<Parsed> ReadCsv(TextReader text, string? kind)
    {
        var csv = new CsvReader(text, maxRecordLength: MaxLineChars);
        if (!TryReadCsv(csv, out var header) || header is null)
        {
            yield break;
        }

        kind ??= KindDetector.FromFields(header.Fields) ?? throw new ImportFileException("cannot tell the record kind from the CSV header; pass --kind");
        var mapper = new CsvRecordMapper(schemas.For(kind), header.Fields, kind);
        while (true)
        {
            CsvRecord? record;
            string? error = null;
            try
            {
                if (!csv.TryRead(out record))
                {
                    yield break;
                }
            }
            catch (CsvFormatException ex)
            {
                throw new ImportFileException($"the CSV is malformed at {ex.Message}; records before it landed");
            }

            if (record.Fields.Count == 1 && record.Fields[0].Length == 0)
            {
                continue;
            }

            if (record.Fields.Count != mapper.ColumnCount)
            {
                error = $"has {record.Fields.Count} columns; the header has {mapper.ColumnCount}";
            }

            yield return error is null ? Parsed.Ok(record.Line, kind, mapper.Map(record.Fields)) : Parsed.Failed(record.Line, error);
        }
    }

    private static bool TryReadCsv(CsvReader csv, out CsvRecord? record)
    {
        try
        {
            return csv.TryRead(out record!);
        }
        catch (CsvFormatException ex)
        {
            throw new ImportFileException($"the CSV header is malformed at {ex.Message}");
        }
    }

    private sealed class Counters
    {
        public long Records;
        public long Updated;
        public long Rejected;

        public ConcurrentQueue<string> CreatedIds { get; } = new();

        public long Accepted => CreatedIds.Count + Interlocked.Read(ref Updated);
    }

    private sealed record Parsed(long Line, string? Kind, JsonElement Record, string? Id, FieldError? Error)
    {
        public static Parsed Ok(long line, string kind, JsonElement record) =>
            new(line, kind, record, SafeJson.GetStringOrNull(record, "id"), null);

        public static Parsed Failed(long line, string message) => new(line, null, default, null, new FieldError("", message));
    }
}
