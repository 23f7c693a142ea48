using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace DiasporaMatch.Storage;

/// <summary>
/// Append-only JSONL change feed with group commit: concurrent writers share one write and one flush,
/// so durability costs one disk sync per batch, not per document. Opened by the writer (who holds the data
/// folder's writer lock) a torn last line (a crash mid-append) is cut off; it was never acknowledged; a damaged line
/// with acknowledged changes after it is replaced by a placeholder instead, so none of them is lost. Opened
/// read-only it is never written: readers see the complete lines only, and pick up lines appended since.
/// </summary>
internal sealed class ChangeLog : IAsyncDisposable
{
    private readonly string _path;
    private readonly bool _flushToDisk;
    private readonly TimeProvider _time;
    private readonly FileStream? _stream;
    private readonly List<long> _offsets = [];
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private readonly Lock _offsetsLock = new();
    private readonly HashSet<long> _applied = [];
    private readonly Lock _streamLock = new();
    private long _visible;
    private long _scanned; // read-only: the end of the last complete line seen
    private IOException? _broken; // set by the writer loop only: a failed batch's lines could not be cut back

    private ChangeLog(string path, bool flushToDisk, TimeProvider time, FileStream? stream)
    {
        _path = path;
        _flushToDisk = flushToDisk;
        _time = time;
        if (stream is null)
        {
            _writer = Task.CompletedTask;
            _queue.Writer.TryComplete();
            Refresh();
            return;
        }

        var validLength = Scan(stream, 0, _offsets);
        if (validLength < stream.Length && Restore(stream, validLength, _offsets.Count + 1, time) is { } restored)
        {
            stream = Replace(path, stream, validLength, restored.Tail);
            Restored = restored.Lost;
            validLength = Scan(stream, validLength, _offsets);
        }

        _stream = stream;
        stream.SetLength(validLength);
        stream.Position = validLength;
        _visible = _offsets.Count; // after a restart no write is in flight: everything logged is settled
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>The writer's log: only the holder of the data folder's writer lock may open it (it repairs the tail).</summary>
    public static ChangeLog OpenForWriting(string path, bool flushToDisk, TimeProvider time) => OpenForWriting(path, flushToDisk, time, OpenWriterStream);

    /// <param name="open">Opens the log file for writing (a test's seam for a disk that fails).</param>
    internal static ChangeLog OpenForWriting(string path, bool flushToDisk, TimeProvider time, Func<string, FileStream> open) => new(path, flushToDisk, time, open(path));

    /// <summary>A reader's view: never writes, truncates or repairs; a missing log is an empty one.</summary>
    public static ChangeLog OpenReadOnly(string path) => new(path, flushToDisk: false, TimeProvider.System, stream: null);

    public bool ReadOnly => _stream is null;

    /// <summary>
    /// How many changes the writer marked lost (<see cref="DocumentChange.LostKind"/> placeholders) when it opened a damaged
    /// log; 0 when at most a torn tail was cut. A consumer that meets one cannot know which document changed.
    /// </summary>
    public int Restored { get; }

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
        EnsureWritable();
        var pending = new Pending(kind, id, operation, version, new TaskCompletionSource<DocumentChange>(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);

        return pending.Done.Task;
    }

    public IReadOnlyList<DocumentChange> Read(long afterSequence, int limit)
    {
        if (ReadOnly)
        {
            Refresh();
        }

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
        var stream = EnsureWritable();
        var needle = Encoding.UTF8.GetBytes($"\"kind\":\"{kind}\",\"id\":\"{id}\"");
        var idOffset = needle.Length - Encoding.UTF8.GetByteCount(id) - 1;
        var filler = Encoding.UTF8.GetBytes("Z" + new string('_', id.Length - 1));
        var redacted = 0;
        lock (_streamLock)
        {
            var end = stream.Position;
            stream.Flush();
            var buffer = new byte[end];
            using (var reader = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            {
                reader.ReadExactly(buffer);
            }

            ReadOnlySpan<byte> bytes = buffer;
            for (var at = bytes.IndexOf(needle); at >= 0;)
            {
                stream.Position = at + idOffset;
                stream.Write(filler);
                redacted++;
                var next = bytes[(at + needle.Length)..].IndexOf(needle);
                at = next < 0 ? -1 : at + needle.Length + next;
            }

            stream.Position = end;
            stream.Flush(flushToDisk: true);
        }

        return redacted;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
        if (_stream is not null)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    private FileStream EnsureWritable() =>
        _stream ?? throw new InvalidOperationException($"{_path} was opened read-only; only the data folder's writer appends to it");

    /// <summary>Read-only: takes in the complete lines appended since the last look; a line being written is left for later.</summary>
    private void Refresh()
    {
        FileStream reader;
        try
        {
            reader = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return;
        }

        using (reader)
        {
            lock (_offsetsLock)
            {
                _scanned = Scan(reader, _scanned, _offsets);
                _visible = _offsets.Count;
            }
        }
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

            if (_broken is not null)
            {
                batch.ForEach(p => p.Done.TrySetException(_broken));
                continue;
            }

            var startLength = _stream!.Length;
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
                    _stream!.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
                }

                _stream!.Flush(flushToDisk: _flushToDisk && !FileSystemSync.Available);
                if (_flushToDisk && FileSystemSync.Available)
                {
                    // Makes this batch's lines and the documents its writers staged durable in one call.
                    FileSystemSync.SyncAll(_stream!.SafeFileHandle);
                }
            }
            catch (Exception ex)
            {
                // Nothing of a failed batch may survive: cut the file back and fail every writer in it. When the cut
                // fails too, the failed lines stay, so no later change may follow them: its sequence would repeat
                // one of theirs, and reopening would take the failed line and drop the acknowledged one.
                if (!TryTruncate(startLength))
                {
                    _broken = new IOException($"{_path}: a failed write could not be cut back from the change log ({ex.Message}); no change is accepted until the store is reopened", ex);
                }

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

    /// <summary>False when the file could not be cut back: its failed lines stay (the next open keeps whole ones and cuts a torn one).</summary>
    private bool TryTruncate(long length)
    {
        try
        {
            _stream!.SetLength(length);
            _stream!.Position = length;
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Indexes the complete, well-formed lines from <paramref name="from"/>; returns the end of the last one.</summary>
    private static long Scan(FileStream stream, long from, List<long> offsets)
    {
        stream.Position = from;
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var bytes = reader.ReadBytes((int)Math.Min(int.MaxValue, stream.Length - from));
        var lineStart = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != (byte)'\n')
            {
                continue;
            }

            if (SequenceOf(bytes.AsSpan(lineStart, i - lineStart)) != offsets.Count + 1)
            {
                break;
            }

            offsets.Add(from + lineStart);
            lineStart = i + 1;
        }

        return from + lineStart;
    }

    /// <summary>
    /// A damaged line with well-formed changes after it is not a torn tail: cutting there would drop acknowledged
    /// changes and hand their sequences to new ones, so every consumer past the damage would skip them. The lines after
    /// <paramref name="from"/> are rebuilt instead: well-formed changes kept as they are, each sequence the damage hid
    /// given a <see cref="DocumentChange.LostKind"/> placeholder. A well-formed line that jumps further than the damaged
    /// lines before it could hide is itself damage (a digit changed). Null when nothing well-formed follows (a torn
    /// tail, which the caller cuts).
    /// </summary>
    private static (byte[] Tail, int Lost)? Restore(FileStream stream, long from, long expected, TimeProvider time)
    {
        stream.Position = from;
        var bytes = new byte[stream.Length - from];
        stream.ReadExactly(bytes);
        var tail = new MemoryStream();
        var lost = 0;
        var kept = 0;
        var damaged = 0;
        for (int start = 0, end; (end = Array.IndexOf(bytes, (byte)'\n', start)) >= 0; start = end + 1)
        {
            var line = bytes.AsSpan(start, end - start);
            if (Parse(Encoding.UTF8.GetString(line)) is not { Kind: not null, Id: not null } change || change.Sequence < expected || change.Sequence - expected > 2L * damaged)
            {
                damaged++;
                continue;
            }

            for (; expected < change.Sequence; expected++, lost++)
            {
                tail.Write(JsonSerializer.SerializeToUtf8Bytes(new Line(expected, DocumentChange.LostKind, DocumentChange.LostKind, "upsert", null, time.GetUtcNow()), JsonSerializerOptions.Web));
                tail.WriteByte((byte)'\n');
            }

            tail.Write(line);
            tail.WriteByte((byte)'\n');
            expected++;
            kept++;
            damaged = 0;
        }

        return kept == 0 ? null : (tail.ToArray(), lost);
    }

    /// <summary>
    /// The log's first <paramref name="keep"/> bytes and the restored tail are written beside it, made durable and renamed
    /// over it before anything appends: a crash mid-repair leaves the damaged log whole, to be repaired again.
    /// </summary>
    private static FileStream Replace(string path, FileStream damaged, long keep, byte[] tail)
    {
        var aside = path + ".repair";
        using (var file = new FileStream(aside, PrivateFiles.Options(FileMode.Create, FileAccess.Write)))
        {
            var prefix = new byte[keep];
            damaged.Position = 0;
            damaged.ReadExactly(prefix);
            file.Write(prefix);
            file.Write(tail);
            file.Flush(flushToDisk: true);
        }

        damaged.Dispose();
        File.Move(aside, path, overwrite: true);
        var stream = OpenWriterStream(path);
        if (FileSystemSync.Available)
        {
            FileSystemSync.SyncAll(stream.SafeFileHandle); // the rename itself
        }

        return stream;
    }

    private static FileStream OpenWriterStream(string path) =>
        new(path, PrivateFiles.Options(FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read));

    /// <summary>
    /// The sequence of a well-formed line (its JSON read through, nothing built), or null: every start reads the whole
    /// log this way (at 100k changes, 0.3 s of a cold command when each line was deserialised).
    /// </summary>
    private static long? SequenceOf(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            long? sequence = null;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("seq"u8) && reader.Read())
                {
                    sequence = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : null;
                }
            }

            return sequence;
        }
        catch (JsonException)
        {
            return null;
        }
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
