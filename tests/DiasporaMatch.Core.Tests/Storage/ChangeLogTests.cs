using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Storage;

public sealed class ChangeLogTests
{
    [Fact]
    public async Task Append_FailedBatchCutBack_NextChangeTakesItsSequence()
    {
        using var folder = new TempFolder();
        var path = folder.File("changes.log");
        FailingFileStream? disk = null;
        var log = ChangeLog.OpenForWriting(path, flushToDisk: false, TimeProvider.System, p => disk = new FailingFileStream(p));
        log.Publish((await log.AppendAsync("profiles", "E-1", ChangeOperation.Upsert, "v1")).Sequence);

        disk!.FailWrites = true;
        await Assert.ThrowsAsync<IOException>(() => log.AppendAsync("profiles", "E-2", ChangeOperation.Upsert, "v2"));
        disk.FailWrites = false;
        var next = await log.AppendAsync("profiles", "E-3", ChangeOperation.Upsert, "v3");
        log.Publish(next.Sequence);
        await log.DisposeAsync();
        await using var reopened = ChangeLog.OpenForWriting(path, flushToDisk: false, TimeProvider.System);

        Assert.Equal([(1L, "E-1"), (2L, "E-3")], reopened.Read(0, 10).Select(c => (c.Sequence, c.Id)));
    }

    [Fact]
    public async Task Append_FailedBatchThatCannotBeCutBack_RefusesLaterChangesUntilReopened()
    {
        using var folder = new TempFolder();
        var path = folder.File("changes.log");
        FailingFileStream? disk = null;
        var log = ChangeLog.OpenForWriting(path, flushToDisk: false, TimeProvider.System, p => disk = new FailingFileStream(p));
        log.Publish((await log.AppendAsync("profiles", "E-1", ChangeOperation.Upsert, "v1")).Sequence);

        (disk!.FailWrites, disk.FailCuts) = (true, true);
        await Assert.ThrowsAsync<IOException>(() => log.AppendAsync("profiles", "E-2", ChangeOperation.Upsert, "v2"));
        (disk.FailWrites, disk.FailCuts) = (false, false); // the disk answers again, but the failed line is still in the file
        var refused = await Assert.ThrowsAsync<IOException>(() => log.AppendAsync("profiles", "E-3", ChangeOperation.Upsert, "v3"));
        await log.DisposeAsync();
        await using var reopened = ChangeLog.OpenForWriting(path, flushToDisk: false, TimeProvider.System);
        var next = await reopened.AppendAsync("profiles", "E-4", ChangeOperation.Upsert, "v4");
        reopened.Publish(next.Sequence);

        Assert.Contains("until the store is reopened", refused.Message, StringComparison.Ordinal);
        // E-2's writer was told it failed, so its document never changed: its kept line only makes consumers re-read it.
        Assert.Equal([(1L, "E-1"), (2L, "E-2"), (3L, "E-4")], reopened.Read(0, 10).Select(c => (c.Sequence, c.Id)));
    }
}
