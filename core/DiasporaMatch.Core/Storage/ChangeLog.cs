using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace DiasporaMatch.Storage;

/// <summary>
/// Append-only JSONL change feed with group commit: concurrent writers share one write and one flush,
/// so durability costs one disk sync per batch, not per document. A torn last line (a crash mid-append)
/// is cut off on open; it was never acknowledged.
/// </summary>
internal sealed class ChangeLog : IAsyncDisposable
{
    private readonly string _path;
    private readonly bool _flushToDisk;
    private readonly TimeProvider _time;
    private readonly FileStream _stream;
    private readonly List<long> _offsets = [];
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private readonly Lock _offsetsLock = new();
    private readonly HashSet<long> _applied = [];
    private readonly Lock _streamLock = new();
    private long _visible;

    public ChangeLog(string path, bool flushToDisk, TimeProvider time)
    {
        _path = path;
        _flushToDisk = flushToDisk;
        _time = time;
        _stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        var validLength = Scan(_stream, _offsets);
        _stream.SetLength(validLength);
        _stream.Position = validLength;
        _visible = _offsets.Count; // after a restart no write is in flight: everything logged is settled
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>The last sequence readers may see: every change up to it has been applied to its document.</summary>
    public long LastSequence
    {
        get
        {
            lock (_offsetsLock)
            {
                return _visible;
            }
        }
    }

    /// <summary>
    /// Called once the change's document write is done (or abandoned). Until then readers stop before it, or a
    /// consumer could re-read the old document, move its cursor past the change and never look again.
    /// </summary>
    public void Publish(long sequence)
    {
        lock (_offsetsLock)
        {
            _applied.Add(sequence);
            while (_applied.Remove(_visible + 1))
            {
                _visible++;
            }
        }
    }

    private long AppendedCount
    {
        get
        {
            lock (_offsetsLock)
            {
                return _offsets.Count;
            }
        }
    }

    public Task<DocumentChange> AppendAsync(string kind, string id, ChangeOperation operation, string? version)
    {
        var pending = new Pending(kind, id, operation, version, new TaskCompletionSource<DocumentChange>(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);

        return pending.Done.Task;
    }

    public IReadOnlyList<DocumentChange> Read(long afterSequence, int limit)
    {
        long start;
        int available;
        lock (_offsetsLock)
        {
            available = (int)_visible;
            if (afterSequence >= available || limit <= 0)
            {
                return [];
            }

            start = _offsets[(int)Math.Max(0, afterSequence)];
        }

        using var reader = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        reader.Position = start;
        var changes = new List<DocumentChange>();
        using var text = new StreamReader(reader, Encoding.UTF8);
        while (changes.Count < limit && text.ReadLine() is { } line)
        {
            var change = Parse(line);
            if (change is null || change.Sequence > available)
            {
                break;
            }

            changes.Add(change);
        }

        return changes;
    }

    /// <summary>
    /// Overwrites an erased document's id in every entry with filler of the same length (offsets stay valid),
    /// once consumers have applied its deletion. Returns the entries redacted.
    /// </summary>
    public int Redact(string kind, string id)
    {
        var needle = Encoding.UTF8.GetBytes($"\"kind\":\"{kind}\",\"id\":\"{id}\"");
        var idOffset = needle.Length - Encoding.UTF8.GetByteCount(id) - 1;
        var filler = Encoding.UTF8.GetBytes("Z" + new string('_', id.Length - 1));
        var redacted = 0;
        lock (_streamLock)
        {
            var end = _stream.Position;
            _stream.Flush();
            var buffer = new byte[end];
            using (var reader = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            {
                reader.ReadExactly(buffer);
            }

            ReadOnlySpan<byte> bytes = buffer;
            for (var at = bytes.IndexOf(needle); at >= 0;)
            {
                _stream.Position = at + idOffset;
                _stream.Write(filler);
                redacted++;
                var next = bytes[(at + needle.Length)..].IndexOf(needle);
                at = next < 0 ? -1 : at + needle.Length + next;
            }

            _stream.Position = end;
            _stream.Flush(flushToDisk: true);
        }

        return redacted;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>();
        var buffer = new MemoryStream();
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            buffer.SetLength(0);
            while (batch.Count < 4096 && _queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            var startLength = _stream.Length;
            var firstSequence = AppendedCount + 1;
            var now = _time.GetUtcNow();
            var offsets = new List<long>(batch.Count);
            var changes = new List<DocumentChange>(batch.Count);
            for (var i = 0; i < batch.Count; i++)
            {
                var p = batch[i];
                var change = new DocumentChange(firstSequence + i, p.Kind, p.Id, p.Operation, p.Version, now);
                offsets.Add(startLength + buffer.Length);
                changes.Add(change);
                buffer.Write(JsonSerializer.SerializeToUtf8Bytes(new Line(change.Sequence, change.Kind, change.Id, Op(change.Operation), change.Version, change.At), JsonSerializerOptions.Web));
                buffer.WriteByte((byte)'\n');
            }

            try
            {
                lock (_streamLock)
                {
                    _stream.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
                }

                _stream.Flush(flushToDisk: _flushToDisk && !FileSystemSync.Available);
                if (_flushToDisk && FileSystemSync.Available)
                {
                    // Makes this batch's lines and the documents its writers staged durable in one call.
                    FileSystemSync.SyncAll(_stream.SafeFileHandle);
                }
            }
            catch (Exception ex)
            {
                // Nothing of a failed batch may survive: cut the file back and fail every writer in it.
                TryTruncate(startLength);
                batch.ForEach(p => p.Done.TrySetException(ex));
                continue;
            }

            lock (_offsetsLock)
            {
                _offsets.AddRange(offsets);
            }

            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(changes[i]);
            }
        }
    }

    private void TryTruncate(long length)
    {
        try
        {
            _stream.SetLength(length);
            _stream.Position = length;
        }
        catch (IOException)
        {
            // The next open cuts a torn tail anyway.
        }
    }

    private static long Scan(FileStream stream, List<long> offsets)
    {
        stream.Position = 0;
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var bytes = reader.ReadBytes((int)Math.Min(int.MaxValue, stream.Length));
        long lineStart = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != (byte)'\n')
            {
                continue;
            }

            var change = Parse(Encoding.UTF8.GetString(bytes, (int)lineStart, (int)(i - lineStart)));
            if (change is null || change.Sequence != offsets.Count + 1)
            {
                break;
            }

            offsets.Add(lineStart);
            lineStart = i + 1;
        }

        return lineStart;
    }

    private static DocumentChange? Parse(string line)
    {
        try
        {
            var l = JsonSerializer.Deserialize<Line>(line, JsonSerializerOptions.Web);
            return l is null ? null : new DocumentChange(l.Seq, l.Kind, l.Id, l.Op == "delete" ? ChangeOperation.Delete : ChangeOperation.Upsert, l.Version, l.At);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Op(ChangeOperation operation) => operation == ChangeOperation.Delete ? "delete" : "upsert";

    private sealed record Pending(string Kind, string Id, ChangeOperation Operation, string? Version, TaskCompletionSource<DocumentChange> Done);

    private sealed record Line(long Seq, string Kind, string Id, string Op, string? Version, DateTimeOffset At);
}
