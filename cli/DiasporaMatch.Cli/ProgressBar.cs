using DiasporaMatch.Import;
using DiasporaMatch.Search;

namespace DiasporaMatch.Cli;

/// <summary>A one-line progress bar on stderr, redrawn at most a few times a second and only on a terminal.</summary>
public sealed class ProgressBar(TextWriter error, string label) : IProgress<ImportProgress>, IProgress<IndexingProgress>
{
    private readonly bool _enabled = !Console.IsErrorRedirected;
    private long _lastDraw;

    public void Report(ImportProgress value) =>
        Draw(value.TotalBytes is > 0 ? (double)value.BytesRead / value.TotalBytes.Value : 0, $"{value.Records:N0} records, {value.Rejected:N0} rejected");

    public void Report(IndexingProgress value) =>
        Draw(value.Waiting > 0 ? (double)value.Applied / value.Waiting : 1, $"{value.Indexed:N0} records indexed");

    private void Draw(double share, string counts)
    {
        var now = Environment.TickCount64;
        if (!_enabled || now - _lastDraw < 200)
        {
            return;
        }

        _lastDraw = now;
        share = Math.Clamp(share, 0, 1);
        var filled = (int)(share * 30);
        error.Write($"\r{label} [{new string('#', filled)}{new string('.', 30 - filled)}] {share:P0} {counts} ");
    }

    public void Finish()
    {
        if (_enabled && _lastDraw != 0)
        {
            error.WriteLine();
        }
    }
}
