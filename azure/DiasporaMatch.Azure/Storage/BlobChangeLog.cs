using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Azure.Storage;

/// <summary>
/// The change feed as JSON lines in append blobs <c>changes/{segment:D8}.log</c>. Segment k holds exactly the
/// sequences k*size+1 .. (k+1)*size, so a cursor names its segment without a lookup.
/// <para>
/// Sequences stay dense and unique across any number of writers (processes, instances) because every append
/// is conditional on the append position: a writer numbers its lines from the last sequence it has read in
/// the segment and appends with IfAppendPositionEqual = the length it has read. Only one append can win at a
/// position; a loser (412) reads the lines that beat it, renumbers and retries. A block is committed whole,
/// so no line is ever torn. A writer moves to segment k+1 only once segment k holds its last sequence, and
/// batches are cut at that boundary, so two segments never share a sequence.
/// </para>
/// <para>
/// Inside one process, writes are grouped: one appender drains a queue and commits a batch as one block
/// (group commit), so concurrent writers cost one append, not one race each.
/// </para>
/// </summary>
internal sealed class BlobChangeLog : IAsyncDisposable
{
    private const string Prefix = "changes/";
    private const int MaxBatchEntries = 2048;

    private readonly BlobContainerClient _container;
    private readonly int _segmentSize;
    private readonly TimeProvider _time;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _appender;
    private readonly SemaphoreSlim _readGate = new(1, 1);
    private readonly Dictionary<long, SegmentView> _readCache = [];
    private Tail? _tail;

    public BlobChangeLog(BlobContainerClient container, int segmentSize, TimeProvider time)
    {
        _container = container;
        _segmentSize = segmentSize;
        _time = time;
        _appender = Task.Run(AppendLoopAsync);
    }

    /// <summary>Completes once the change is durable in the log, with its sequence.</summary>
    public Task<DocumentChange> AppendAsync(string kind, string id, ChangeOperation operation, string? version)
    {
        var pending = new Pending(kind, id, operation, version, new TaskCompletionSource<DocumentChange>(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);
        return pending.Done.Task;
    }

    public async Task<IReadOnlyList<DocumentChange>> ReadAsync(long afterSequence, int limit, CancellationToken cancellationToken)
    {
        afterSequence = Math.Max(0, afterSequence);
        var changes = new List<DocumentChange>();
        if (limit <= 0)
        {
            return changes;
        }

        await _readGate.WaitAsync(cancellationToken);
        try
        {
            for (var segment = afterSequence / _segmentSize; changes.Count < limit; segment++)
            {
                var view = await ReadSegmentAsync(segment, cancellationToken);
                changes.AddRange(view.Entries.Where(c => c.Sequence > afterSequence).Take(limit - changes.Count));

                // A writer opens segment k+1 only after segment k is full: a partial segment is the end of the log.
                if (view.Entries.Count < _segmentSize)
                {
                    break;
                }
            }

            return changes;
        }
        finally
        {
            _readGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _appender;
        _readGate.Dispose();
    }

    private async Task AppendLoopAsync()
    {
        var batch = new List<Pending>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatchEntries && _queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            try
            {
                await AppendBatchAsync(batch);
            }
            catch (Exception ex)
            {
                // The tail is unknown after a failure: read it again before the next append.
                _tail = null;
                batch.ForEach(p => p.Done.TrySetException(ex));
            }
        }
    }

    private async Task AppendBatchAsync(List<Pending> batch)
    {
        var written = 0;
        while (written < batch.Count)
        {
            var tail = _tail ??= await LoadTailAsync();
            if (tail.LastSequence == (tail.Segment + 1) * _segmentSize)
            {
                tail = _tail = new Tail(tail.Segment + 1, 0, tail.LastSequence);
                await SegmentClient(tail.Segment).CreateIfNotExistsAsync();
            }

            var room = (int)((tail.Segment + 1) * _segmentSize - tail.LastSequence);
            var chunk = batch.GetRange(written, Math.Min(room, batch.Count - written));
            var writeId = Guid.NewGuid().ToString("N");
            var now = _time.GetUtcNow();
            var changes = chunk.Select((p, i) => new DocumentChange(tail.LastSequence + 1 + i, p.Kind, p.Id, p.Operation, p.Version, now)).ToList();
            var bytes = Serialize(changes, writeId);
            try
            {
                await SegmentClient(tail.Segment).AppendBlockAsync(
                    new MemoryStream(bytes, writable: false),
                    new AppendBlobAppendBlockOptions { Conditions = new AppendBlobRequestConditions { IfAppendPositionEqual = tail.Length } });
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Another writer appended first (or the segment is not there yet): catch up and renumber.
                if (ex.Status == 404)
                {
                    await SegmentClient(tail.Segment).CreateIfNotExistsAsync();
                }

                var caughtUp = await CatchUpAsync(tail);
                _tail = caughtUp.Tail;

                // An SDK retry of an append that did land (lost response) fails on position: our lines are there.
                var landed = caughtUp.Lines.Where(l => l.WriteId == writeId).Select(l => l.Change).ToList();
                if (landed.Count == chunk.Count)
                {
                    Complete(chunk, landed);
                    written += chunk.Count;
                }

                continue;
            }

            _tail = new Tail(tail.Segment, tail.Length + bytes.Length, tail.LastSequence + chunk.Count);
            Complete(chunk, changes);
            written += chunk.Count;
        }
    }

    private static void Complete(List<Pending> chunk, List<DocumentChange> changes)
    {
        for (var i = 0; i < chunk.Count; i++)
        {
            chunk[i].Done.TrySetResult(changes[i]);
        }
    }

    private async Task<Tail> LoadTailAsync()
    {
        long last = -1;
        await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = Prefix }))
        {
            if (TryParseSegment(item.Name, out var segment))
            {
                last = Math.Max(last, segment);
            }
        }

        if (last < 0)
        {
            await SegmentClient(0).CreateIfNotExistsAsync();
            return new Tail(0, 0, 0);
        }

        return (await CatchUpAsync(new Tail(last, 0, last * _segmentSize))).Tail;
    }

    /// <summary>Reads the segment from <paramref name="from"/>'s length on: the lines other writers added since.</summary>
    private async Task<(Tail Tail, List<Line> Lines)> CatchUpAsync(Tail from)
    {
        var (bytes, lines) = await ReadFromAsync(from.Segment, from.Length, CancellationToken.None);
        var lastSequence = lines.Count > 0 ? lines[^1].Change.Sequence : from.LastSequence;
        return (new Tail(from.Segment, from.Length + bytes, lastSequence), lines);
    }

    private async Task<SegmentView> ReadSegmentAsync(long segment, CancellationToken cancellationToken)
    {
        if (!_readCache.TryGetValue(segment, out var view))
        {
            view = new SegmentView();
            if (_readCache.Count >= 4)
            {
                _readCache.Remove(_readCache.Keys.Min());
            }

            _readCache[segment] = view;
        }

        if (view.Entries.Count < _segmentSize)
        {
            var (bytes, lines) = await ReadFromAsync(segment, view.Length, cancellationToken);
            view.Length += bytes;
            view.Entries.AddRange(lines.Select(l => l.Change));
        }

        return view;
    }

    /// <summary>The complete lines from <paramref name="offset"/> to the segment's end, and how many bytes they took.</summary>
    private async Task<(long Bytes, List<Line> Lines)> ReadFromAsync(long segment, long offset, CancellationToken cancellationToken)
    {
        BinaryData data;
        try
        {
            var result = await SegmentClient(segment).DownloadContentAsync(
                new BlobDownloadOptions { Range = new HttpRange(offset) }, cancellationToken);
            data = result.Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 416)
        {
            return (0, []); // no segment yet, or nothing past the offset
        }

        var span = data.ToMemory().Span;
        var end = span.LastIndexOf((byte)'\n') + 1;
        var lines = new List<Line>();
        var rest = span[..end];
        while (rest.Length > 0)
        {
            var newline = rest.IndexOf((byte)'\n');
            lines.Add(Parse(rest[..newline]));
            rest = rest[(newline + 1)..];
        }

        return (end, lines);
    }

    private AppendBlobClient SegmentClient(long segment) =>
        _container.GetAppendBlobClient(Prefix + segment.ToString("D8", CultureInfo.InvariantCulture) + ".log");

    private static bool TryParseSegment(string name, out long segment)
    {
        segment = -1;
        return name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".log", StringComparison.Ordinal)
            && long.TryParse(name.AsSpan(Prefix.Length, name.Length - Prefix.Length - 4), NumberStyles.None, CultureInfo.InvariantCulture, out segment);
    }

    private static byte[] Serialize(List<DocumentChange> changes, string writeId)
    {
        var buffer = new MemoryStream();
        foreach (var c in changes)
        {
            JsonSerializer.Serialize(buffer, new LineJson(c.Sequence, c.Kind, c.Id, c.Operation == ChangeOperation.Delete ? "delete" : "upsert", c.Version, c.At, writeId), JsonSerializerOptions.Web);
            buffer.WriteByte((byte)'\n');
        }

        return buffer.ToArray();
    }

    private static Line Parse(ReadOnlySpan<byte> line)
    {
        var l = JsonSerializer.Deserialize<LineJson>(line, JsonSerializerOptions.Web)
            ?? throw new InvalidDataException("empty change-log line");
        var operation = l.Op == "delete" ? ChangeOperation.Delete : ChangeOperation.Upsert;
        return new Line(new DocumentChange(l.Seq, l.Kind, l.Id, operation, l.Version, l.At), l.W);
    }

    private sealed record Pending(string Kind, string Id, ChangeOperation Operation, string? Version, TaskCompletionSource<DocumentChange> Done);

    /// <summary>What this process knows of the log's end: the segment, its length, and the last sequence in it.</summary>
    private sealed record Tail(long Segment, long Length, long LastSequence);

    private sealed record Line(DocumentChange Change, string? WriteId);

    private sealed record LineJson(long Seq, string Kind, string Id, string Op, string? Version, DateTimeOffset At, string? W);

    private sealed class SegmentView
    {
        public long Length { get; set; }

        public List<DocumentChange> Entries { get; } = [];
    }
}
