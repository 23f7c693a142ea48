using System.Text;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Storage;

public sealed class FileDocumentStoreTests : DocumentStoreContractTests, IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private FileDocumentStore _store = null!;

    protected override IDocumentStore Store => _store;

    public Task InitializeAsync()
    {
        // Durable writes exercise the fsync path the product uses by default.
        _store = new FileDocumentStore(_folder.Path, new FileStoreOptions { FlushToDisk = true });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Reopen_AfterWrites_KeepsDocumentsAndChangeSequence()
    {
        await _store.CreateAsync("profiles", "E-1", "{\"a\":1}"u8.ToArray());
        await _store.CreateAsync("profiles", "E-2", "{\"a\":2}"u8.ToArray());
        await _store.DisposeAsync();

        _store = new FileDocumentStore(_folder.Path);
        await _store.CreateAsync("profiles", "E-3", "{\"a\":3}"u8.ToArray());

        var changes = await _store.ReadChangesAsync(0, 10);
        Assert.Equal([1L, 2L, 3L], changes.Select(c => c.Sequence));
        Assert.NotNull(await _store.GetAsync("profiles", "E-1"));
    }

    [Fact]
    public async Task Reopen_TornChangeLogTail_IsCutAndAppendingContinues()
    {
        await _store.CreateAsync("profiles", "E-1", "{\"a\":1}"u8.ToArray());
        await _store.DisposeAsync();
        await File.AppendAllTextAsync(Path.Combine(_folder.Path, "changes.log"), "{\"seq\":2,\"kind\":\"prof", Encoding.UTF8);

        _store = new FileDocumentStore(_folder.Path);
        await _store.CreateAsync("profiles", "E-2", "{\"a\":2}"u8.ToArray());

        var changes = await _store.ReadChangesAsync(0, 10);
        Assert.Equal(["E-1", "E-2"], changes.Select(c => c.Id));
        Assert.Equal([1L, 2L], changes.Select(c => c.Sequence));
    }

    [Theory]
    [InlineData("{\"seq\":2,\"kind\":\"prof\n")] // ended, but not JSON
    [InlineData("{\"seq\":7,\"kind\":\"profiles\",\"id\":\"E-9\",\"op\":\"upsert\"}\n")] // out of sequence
    [InlineData("{\"kind\":\"profiles\",\"id\":\"E-9\",\"op\":\"upsert\"}\n")] // no sequence
    public async Task Reopen_LastLineNotTheNextChange_IsCutAndAppendingContinues(string line)
    {
        await _store.CreateAsync("profiles", "E-1", "{\"a\":1}"u8.ToArray());
        await _store.DisposeAsync();
        await File.AppendAllTextAsync(Path.Combine(_folder.Path, "changes.log"), line, Encoding.UTF8);

        _store = new FileDocumentStore(_folder.Path);
        await _store.CreateAsync("profiles", "E-2", "{\"a\":2}"u8.ToArray());

        var changes = await _store.ReadChangesAsync(0, 10);
        Assert.Equal(["E-1", "E-2"], changes.Select(c => c.Id));
        Assert.Equal([1L, 2L], changes.Select(c => c.Sequence));
    }

    [Theory]
    [InlineData(2, "{\"seq\":2,\"kind\":\"prof#####")] // a line garbled in place
    [InlineData(2, "{\"seq\":97,\"kind\":\"profiles\",\"id\":\"E-2\",\"op\":\"upsert\",\"at\":\"2026-01-01T00:00:00+00:00\"}")] // a digit changed
    [InlineData(2, "")] // a line blanked
    public async Task Reopen_DamagedLineBeforeWellFormedChanges_KeepsThemAndMarksTheLostOne(int damaged, string replacement)
    {
        await WriteThenEditLogAsync(["E-1", "E-2", "E-3", "E-4"], lines => lines[damaged - 1] = replacement);

        _store = new FileDocumentStore(_folder.Path);
        await _store.CreateAsync("profiles", "E-5", "{\"a\":5}"u8.ToArray());

        var changes = await _store.ReadChangesAsync(0, 10);
        Assert.Equal([1L, 2L, 3L, 4L, 5L], changes.Select(c => c.Sequence));
        Assert.Equal(["E-1", DocumentChange.LostKind, "E-3", "E-4", "E-5"], changes.Select(c => c.Id));
        Assert.Equal(DocumentChange.LostKind, changes[1].Kind);
        Assert.Equal(1, _store.RestoredChanges);
        var log = Path.Combine(_folder.Path, "changes.log");
        Assert.False(File.Exists(log + ".repair")); // written beside and renamed over the log
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(log));
        }
    }

    [Fact]
    public async Task Reopen_TwoLinesRunTogether_KeepsTheChangesAfterThem()
    {
        await WriteThenEditLogAsync(["E-1", "E-2", "E-3", "E-4"], lines =>
        {
            lines[1] += lines[2]; // the newline between changes 2 and 3 lost
            lines.RemoveAt(2);
        });

        _store = new FileDocumentStore(_folder.Path);

        var changes = await _store.ReadChangesAsync(0, 10);
        Assert.Equal(["E-1", DocumentChange.LostKind, DocumentChange.LostKind, "E-4"], changes.Select(c => c.Id));
        Assert.Equal(2, _store.RestoredChanges);
    }

    [Fact]
    public async Task Reopen_StrayLineBetweenChanges_IsDroppedAndEveryChangeKept()
    {
        await WriteThenEditLogAsync(["E-1", "E-2", "E-3"], lines => lines.Insert(1, "\0\0\0\0"));

        _store = new FileDocumentStore(_folder.Path);

        Assert.Equal(["E-1", "E-2", "E-3"], (await _store.ReadChangesAsync(0, 10)).Select(c => c.Id));
        Assert.Equal(0, _store.RestoredChanges);
    }

    [Fact]
    public async Task Reopen_DamagedLastLinesOnly_AreCutNotMarked()
    {
        await WriteThenEditLogAsync(["E-1", "E-2", "E-3"], lines =>
        {
            lines[1] = "garbled";
            lines[2] = "{\"seq\":3,\"kind\"";
        });

        _store = new FileDocumentStore(_folder.Path);

        Assert.Equal(["E-1"], (await _store.ReadChangesAsync(0, 10)).Select(c => c.Id));
        Assert.Equal(0, _store.RestoredChanges);
    }

    [Fact]
    public async Task Open_SecondWriter_IsRefusedBeforeTouchingTheLog()
    {
        await _store.CreateAsync("profiles", "E-1", "{}"u8.ToArray());
        var log = Path.Combine(_folder.Path, "changes.log");
        await File.AppendAllTextAsync(log, "{\"seq\":2,\"kind\":\"prof", Encoding.UTF8); // looks torn to anyone but the writer
        var before = await File.ReadAllBytesAsync(log);

        var refused = Assert.Throws<StoreBusyException>(() => new FileDocumentStore(_folder.Path));

        Assert.Contains("being written by another process", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(log));
    }

    [Fact]
    public async Task OpenReadOnly_TornTail_ReadsCompleteLinesAndChangesNothing()
    {
        await _store.CreateAsync("profiles", "E-1", "{\"a\":1}"u8.ToArray());
        var log = Path.Combine(_folder.Path, "changes.log");
        await File.AppendAllTextAsync(log, "{\"seq\":2,\"kind\":\"prof", Encoding.UTF8); // a line the writer is still appending
        var before = await File.ReadAllBytesAsync(log);

        await using (var reader = new FileDocumentStore(_folder.Path, new FileStoreOptions { ReadOnly = true }))
        {
            Assert.Equal(["E-1"], (await reader.ReadChangesAsync(0, 10)).Select(c => c.Id));
            Assert.NotNull(await reader.GetAsync("profiles", "E-1"));
            await Assert.ThrowsAsync<InvalidOperationException>(() => reader.CreateAsync("profiles", "E-2", "{}"u8.ToArray()));
        }

        Assert.Equal(before, await File.ReadAllBytesAsync(log));
    }

    [Fact]
    public async Task OpenReadOnly_BesideTheWriter_SeesLaterAppends()
    {
        await _store.CreateAsync("profiles", "E-1", "{}"u8.ToArray());
        await using var reader = new FileDocumentStore(_folder.Path, new FileStoreOptions { ReadOnly = true });

        await _store.CreateAsync("profiles", "E-2", "{}"u8.ToArray());

        Assert.Equal(["E-1", "E-2"], (await reader.ReadChangesAsync(0, 10)).Select(c => c.Id));
        Assert.Equal(2, reader.LastSequence);
    }

    [Fact]
    public async Task OpenReadOnly_MissingFolder_CreatesNothing()
    {
        var missing = Path.Combine(_folder.Path, "nothing-here");

        await using (var reader = new FileDocumentStore(missing, new FileStoreOptions { ReadOnly = true }))
        {
            Assert.Empty((await reader.ListAsync("profiles", null, 10)).Ids);
            Assert.Empty(await reader.ReadChangesAsync(0, 10));
        }

        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public async Task CreateAsync_NewFolder_EveryPathIsOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix modes only
        }

        var root = Path.Combine(_folder.Path, "fresh", "store");
        await using (var store = new FileDocumentStore(root))
        {
            await store.CreateAsync("profiles", "E-1", "{}"u8.ToArray());
            var created = await store.GetAsync("profiles", "E-1");
            await store.ReplaceAsync("profiles", "E-1", "{\"a\":1}"u8.ToArray(), created!.Version);
        }

        var paths = Directory.EnumerateFileSystemEntries(Path.Combine(_folder.Path, "fresh"), "*", SearchOption.AllDirectories).Append(Path.Combine(_folder.Path, "fresh")).ToList();
        Assert.Contains(Path.Combine(root, "writer.lock"), paths);
        Assert.Contains(Path.Combine(root, "changes.log"), paths);
        Assert.Contains(Path.Combine(root, "docs", "profiles", "E-1.json"), paths);
        foreach (var path in paths)
        {
            var mode = File.GetUnixFileMode(path);
            Assert.True((mode & ~PrivateFiles.FolderPermissions) == 0, $"{path} is {mode}");
        }
    }

    [Fact]
    public async Task Open_StrayTempFileFromCrash_DoesNotShowAsDocument()
    {
        await _store.CreateAsync("profiles", "E-1", "{\"a\":1}"u8.ToArray());
        await File.WriteAllTextAsync(Path.Combine(_folder.Path, "docs", "profiles", "E-1.json.123.tmp"), "{\"a\":");

        var page = await _store.ListAsync("profiles", null, 10);

        Assert.Equal(["E-1"], page.Ids);
        Assert.Equal("{\"a\":1}", Encoding.UTF8.GetString((await _store.GetAsync("profiles", "E-1"))!.Json.Span));
    }

    [Fact]
    public async Task ReadChangesAsync_WhileWritersRun_NeverShowsAChangeBeforeItsDocument()
    {
        const int writers = 4;
        const int perWriter = 150;
        var done = false;
        var seen = 0;
        var consumer = Task.Run(async () =>
        {
            long cursor = 0;
            while (!Volatile.Read(ref done) || cursor < writers * perWriter)
            {
                foreach (var change in await _store.ReadChangesAsync(cursor, 100))
                {
                    var document = await _store.GetAsync(change.Kind, change.Id);
                    Assert.True(document is not null, $"{change.Id} is in the feed (seq {change.Sequence}) but not readable yet");
                    Assert.Equal(change.Version, document.Version);
                    cursor = change.Sequence;
                    seen++;
                }
            }
        });

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < perWriter; i++)
            {
                await _store.CreateAsync("profiles", $"E-{w}-{i}", Encoding.UTF8.GetBytes($"{{\"w\":{w},\"i\":{i}}}"));
            }
        })));
        Volatile.Write(ref done, true);
        await consumer.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(writers * perWriter, seen);
    }

    /// <summary>Creates a profile per id, closes the store, and lets <paramref name="edit"/> damage the change log's lines.</summary>
    private async Task WriteThenEditLogAsync(string[] ids, Action<List<string>> edit)
    {
        foreach (var id in ids)
        {
            await _store.CreateAsync("profiles", id, "{\"a\":1}"u8.ToArray());
        }

        await _store.DisposeAsync();
        var log = Path.Combine(_folder.Path, "changes.log");
        var lines = (await File.ReadAllLinesAsync(log)).ToList();
        edit(lines);
        await File.WriteAllLinesAsync(log, lines);
    }
}
