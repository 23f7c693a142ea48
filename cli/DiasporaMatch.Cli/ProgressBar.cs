using DiasporaMatch.Import;
using DiasporaMatch.Search;

namespace DiasporaMatch.Cli;

/// <summary>
/// One line on stderr for a whole load, redrawn at most a few times a second and only on a terminal: what is stored
/// and what is indexed (searchable from the indexer's next commit). Each record is stored, then indexed, so the bar
/// counts both halves; the number of records still to come is estimated from the bytes read.
/// </summary>
/// <param name="draw">False when stderr is not a terminal: only whole lines are written.</param>
public sealed class ProgressBar(TextWriter error, string label, long totalBytes, TimeProvider time, bool draw) : IProgress<ImportProgress>, IProgress<IndexingProgress>
{
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(200);
    private readonly Lock _gate = new();
    private (long Accepted, long Rejected, long Bytes) _done; // the files finished before this one
    private ImportProgress _file = new(0, 0, 0, 0, null);
    private long _indexed;
    private DateTimeOffset? _lastDraw;
    private int _width;

    /// <summary>The next file's reports start from zero: what the last one stored is kept.</summary>
    public void NextFile()
    {
        lock (_gate)
        {
            _done = (_done.Accepted + _file.Accepted, _done.Rejected + _file.Rejected, _done.Bytes + _file.BytesRead);
            _file = new ImportProgress(0, 0, 0, 0, null);
        }
    }

    public void Report(ImportProgress value)
    {
        lock (_gate)
        {
            _file = value;
            Draw();
        }
    }

    /// <summary>Counts change-log entries applied, so records of kinds that are not indexed move the bar too.</summary>
    public void Report(IndexingProgress value)
    {
        lock (_gate)
        {
            _indexed = value.Applied;
            Draw();
        }
    }

    /// <summary>Writes a whole line (a rejection, a file's summary) above the bar instead of through it.</summary>
    public void WriteLine(string line)
    {
        lock (_gate)
        {
            if (_lastDraw is not null)
            {
                error.Write($"\r{new string(' ', _width)}\r");
                _lastDraw = null; // redrawn at the next report
            }

            error.WriteLine(line);
        }
    }

    public void Finish()
    {
        lock (_gate)
        {
            if (_lastDraw is not null)
            {
                error.WriteLine();
                _lastDraw = null;
            }
        }
    }

    internal static double Share(long stored, long indexed, long bytesRead, long totalBytes)
    {
        if (stored == 0 || totalBytes <= 0)
        {
            return 0;
        }

        var expected = stored / Math.Clamp((double)bytesRead / totalBytes, 1e-9, 1);
        return Math.Clamp((stored + Math.Min(indexed, stored)) / (2 * expected), 0, 1);
    }

    private void Draw()
    {
        var now = time.GetUtcNow();
        if (!draw || now - _lastDraw < Every)
        {
            return;
        }

        _lastDraw = now;
        var stored = _done.Accepted + _file.Accepted;
        var share = Share(stored, _indexed, _done.Bytes + _file.BytesRead, totalBytes);
        var filled = (int)(share * 30);
        var line = $"{label} [{new string('#', filled)}{new string('.', 30 - filled)}] {share:P0} {stored:N0} stored, {Math.Min(_indexed, stored):N0} indexed, {_done.Rejected + _file.Rejected:N0} rejected ";
        _width = line.Length;
        error.Write($"\r{line}");
    }
}
