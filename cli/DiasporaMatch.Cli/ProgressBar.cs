using DiasporaMatch.Import;

namespace DiasporaMatch.Cli;

/// <summary>A one-line progress bar on stderr, redrawn at most a few times a second and only on a terminal.</summary>
public sealed class ProgressBar(TextWriter error, string label) : IProgress<ImportProgress>
{
    private readonly bool _enabled = !Console.IsErrorRedirected;
    private long _lastDraw;

    public void Report(ImportProgress value)
    {
        var now = Environment.TickCount64;
        if (!_enabled || now - _lastDraw < 200)
        {
            return;
        }

        _lastDraw = now;
        var share = value.TotalBytes is > 0 ? Math.Clamp((double)value.BytesRead / value.TotalBytes.Value, 0, 1) : 0;
        var filled = (int)(share * 30);
        error.Write($"\r{label} [{new string('#', filled)}{new string('.', 30 - filled)}] {share:P0} {value.Records:N0} records, {value.Rejected:N0} rejected ");
    }

    public void Finish()
    {
        if (_enabled && _lastDraw != 0)
        {
            error.WriteLine();
        }
    }
}
