using DiasporaMatch.Cli.TestSupport;
using DiasporaMatch.Import;
using DiasporaMatch.Search;

namespace DiasporaMatch.Cli;

public sealed class ProgressBarTests
{
    private readonly SettableTime _time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private readonly StringWriter _error = new();

    [Theory]
    [InlineData(0, 0, 0, 1000, 0)]
    [InlineData(500, 0, 500, 1000, 0.25)] // half the bytes stored, nothing indexed: a quarter of the load
    [InlineData(1000, 0, 1000, 1000, 0.5)] // all stored: half
    [InlineData(1000, 500, 1000, 1000, 0.75)]
    [InlineData(1000, 1000, 1000, 1000, 1)]
    [InlineData(1000, 5000, 1000, 1000, 1)] // older pending changes applied on the way never push it past the end
    public void Share_StoredThenIndexed_CountsBothHalves(long stored, long indexed, long bytesRead, long totalBytes, double expected)
    {
        Assert.Equal(expected, ProgressBar.Share(stored, indexed, bytesRead, totalBytes), 3);
    }

    [Fact]
    public void Report_TwoFiles_CountsTheFirstFileWhileTheSecondRuns()
    {
        var bar = Bar(totalBytes: 2000);

        bar.Report(new ImportProgress(10, 10, 0, 1000, 1000));
        bar.NextFile();
        _time.Now += TimeSpan.FromSeconds(1);
        bar.Report(new ImportProgress(4, 3, 1, 500, 1000));

        var last = _error.ToString().Split('\r')[^1];
        Assert.Contains("13 stored, 0 indexed, 1 rejected", last, StringComparison.Ordinal);
        Assert.Contains($"[{new string('#', 11)}{new string('.', 19)}]", last, StringComparison.Ordinal); // 13 of an estimated 17.3 stored, none indexed
    }

    [Fact]
    public void Report_WithinTheRedrawInterval_DrawsOnce()
    {
        var bar = Bar(totalBytes: 100);

        bar.Report(new ImportProgress(1, 1, 0, 10, 100));
        bar.Report(new IndexingProgress(1, 1, 1));
        _time.Now += TimeSpan.FromSeconds(1);
        bar.Report(new IndexingProgress(1, 1, 1));

        Assert.Equal(2, _error.ToString().Count(c => c == '\r'));
        Assert.Contains("1 stored, 1 indexed", _error.ToString().Split('\r')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void WriteLine_OverADrawnBar_ClearsItFirstAndRedrawsAtTheNextReport()
    {
        var bar = Bar(totalBytes: 100);
        bar.Report(new ImportProgress(1, 1, 0, 10, 100));
        var drawn = _error.ToString().Length - 1;

        bar.WriteLine("bad.jsonl:2: countryOfResidence: unknown");
        bar.Report(new ImportProgress(2, 2, 0, 20, 100));

        var text = _error.ToString();
        Assert.StartsWith($"\r{new string(' ', drawn)}\rbad.jsonl:2: countryOfResidence: unknown{Environment.NewLine}", text[(drawn + 1)..], StringComparison.Ordinal);
        Assert.Contains("2 stored", text.Split('\r')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Finish_NotATerminal_WritesOnlyWholeLines()
    {
        var bar = Bar(totalBytes: 100, draw: false);

        bar.Report(new ImportProgress(1, 1, 0, 10, 100));
        bar.WriteLine("profiles.jsonl: 1 profiles records");
        bar.Finish();

        Assert.Equal($"profiles.jsonl: 1 profiles records{Environment.NewLine}", _error.ToString());
    }

    private ProgressBar Bar(long totalBytes, bool draw = true) => new(_error, "importing", totalBytes, _time, draw);
}
