using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Storage;

public sealed class ChangeLogTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private FailingFileStream? _disk;

    private string LogPath => _folder.File("changes.log");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Append_FailedBatchCutBack_NextChangeTakesItsSequence()
    {
        var log = OpenOnFailingDisk();
        await AppendAsync(log, "E-1");

        _disk!.FailWrites = true;
        await Assert.ThrowsAsync<IOException>(() => AppendAsync(log, "E-2"));
        _disk.FailWrites = false;
        await AppendAsync(log, "E-3");
        await log.DisposeAsync();
        await using var reopened = ChangeLog.OpenForWriting(LogPath, flushToDisk: false, TimeProvider.System);

        Assert.Equal([(1L, "E-1"), (2L, "E-3")], reopened.Read(0, 10).Select(c => (c.Sequence, c.Id)));
    }

    [Fact]
    public async Task Append_FailedBatchThatCannotBeCutBack_RefusesLaterChangesUntilReopened()
    {
        var log = OpenOnFailingDisk();
        await AppendAsync(log, "E-1");

        (_disk!.FailWrites, _disk.FailCuts) = (true, true);
        await Assert.ThrowsAsync<IOException>(() => AppendAsync(log, "E-2"));
        (_disk.FailWrites, _disk.FailCuts) = (false, false); // the disk answers again, but the failed line is still in the file
        var refused = await Assert.ThrowsAsync<IOException>(() => AppendAsync(log, "E-3"));
        await log.DisposeAsync();
        await using var reopened = ChangeLog.OpenForWriting(LogPath, flushToDisk: false, TimeProvider.System);
        await AppendAsync(reopened, "E-4");

        Assert.Contains("until the store is reopened", refused.Message, StringComparison.Ordinal);
        // E-2's writer was told it failed, so its document never changed: its kept line only makes consumers re-read it.
        Assert.Equal([(1L, "E-1"), (2L, "E-2"), (3L, "E-4")], reopened.Read(0, 10).Select(c => (c.Sequence, c.Id)));
    }

    private ChangeLog OpenOnFailingDisk() => ChangeLog.OpenForWriting(LogPath, flushToDisk: false, TimeProvider.System, path => _disk = new FailingFileStream(path));

    /// <summary>Appends an upsert of <paramref name="id"/> and publishes it, as the store does once the document is written.</summary>
    private static async Task AppendAsync(ChangeLog log, string id)
    {
        var change = await log.AppendAsync("profiles", id, ChangeOperation.Upsert, "v");
        log.Publish(change.Sequence);
    }
}
