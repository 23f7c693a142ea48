using System.Text;
using System.Text.Json;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Storage;

/// <summary>The behaviour every <see cref="IDocumentStore"/> must have; each store's test class inherits it.</summary>
public abstract class DocumentStoreContractTests
{
    protected abstract IDocumentStore Store { get; }

    private static ReadOnlyMemory<byte> Json(object value) => JsonSerializer.SerializeToUtf8Bytes(value);

    [Fact]
    public async Task GetAsync_Missing_ReturnsNull()
    {
        Assert.Null(await Store.GetAsync("profiles", "E-404"));
    }

    [Fact]
    public async Task CreateAsync_ThenGet_ReturnsSameBytesAndVersion()
    {
        var created = await Store.CreateAsync("profiles", "E-1", Json(new { id = "E-1", n = 1 }));
        var read = await Store.GetAsync("profiles", "E-1");

        Assert.NotNull(read);
        Assert.Equal(created.Version, read.Version);
        Assert.Equal(Encoding.UTF8.GetString(created.Json.Span), Encoding.UTF8.GetString(read.Json.Span));
    }

    [Fact]
    public async Task CreateAsync_Existing_IsRefused()
    {
        await Store.CreateAsync("profiles", "E-1", Json(new { n = 1 }));

        await Assert.ThrowsAsync<DocumentConflictException>(() => Store.CreateAsync("profiles", "E-1", Json(new { n = 2 })));
        var read = await Store.GetAsync("profiles", "E-1");
        Assert.Contains("1", Encoding.UTF8.GetString(read!.Json.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplaceAsync_CurrentVersion_ChangesVersion()
    {
        var v1 = await Store.CreateAsync("needs", "N-1", Json(new { n = 1 }));
        var v2 = await Store.ReplaceAsync("needs", "N-1", Json(new { n = 2 }), v1.Version);

        Assert.NotEqual(v1.Version, v2.Version);
        Assert.Equal(v2.Version, (await Store.GetAsync("needs", "N-1"))!.Version);
    }

    [Fact]
    public async Task ReplaceAsync_StaleVersion_IsRefusedAndChangesNothing()
    {
        var v1 = await Store.CreateAsync("needs", "N-1", Json(new { n = 1 }));
        var v2 = await Store.ReplaceAsync("needs", "N-1", Json(new { n = 2 }), v1.Version);

        await Assert.ThrowsAsync<DocumentConflictException>(() => Store.ReplaceAsync("needs", "N-1", Json(new { n = 3 }), v1.Version));
        Assert.Equal(v2.Version, (await Store.GetAsync("needs", "N-1"))!.Version);
    }

    [Fact]
    public async Task ReplaceAsync_Missing_IsRefused()
    {
        await Assert.ThrowsAsync<DocumentConflictException>(() => Store.ReplaceAsync("needs", "N-9", Json(new { n = 1 }), "abc"));
        Assert.Null(await Store.GetAsync("needs", "N-9"));
    }

    [Fact]
    public async Task DeleteAsync_Existing_RemovesIt()
    {
        await Store.CreateAsync("needs", "N-1", Json(new { n = 1 }));

        Assert.True(await Store.DeleteAsync("needs", "N-1"));
        Assert.Null(await Store.GetAsync("needs", "N-1"));
        Assert.False(await Store.DeleteAsync("needs", "N-1"));
    }

    [Fact]
    public async Task DeleteAsync_StaleVersion_IsRefused()
    {
        var v1 = await Store.CreateAsync("needs", "N-1", Json(new { n = 1 }));
        await Store.ReplaceAsync("needs", "N-1", Json(new { n = 2 }), v1.Version);

        await Assert.ThrowsAsync<DocumentConflictException>(() => Store.DeleteAsync("needs", "N-1", v1.Version));
        Assert.NotNull(await Store.GetAsync("needs", "N-1"));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("")]
    [InlineData("with space")]
    [InlineData("back\\slash")]
    public async Task CreateAsync_PathTrickId_IsRefused(string id)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.CreateAsync("profiles", id, Json(new { n = 1 })));
    }

    [Fact]
    public async Task ListAsync_Paging_VisitsEveryIdOnceInOrder()
    {
        for (var i = 0; i < 25; i++)
        {
            await Store.CreateAsync("organisations", $"ORG-{i:D2}", Json(new { i }));
        }

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Store.ListAsync("organisations", cursor, 10);
            seen.AddRange(page.Ids);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"ORG-{i:D2}"), seen);
    }

    [Fact]
    public async Task ListIdsAsync_EveryIdOnceInOrderOfItsKindOnly()
    {
        foreach (var i in new[] { 3, 0, 12, 7 })
        {
            await Store.CreateAsync("organisations", $"ORG-{i:D2}", Json(new { i }));
        }

        await Store.CreateAsync("profiles", "E-1", Json(new { n = 1 }));
        await Store.DeleteAsync("organisations", "ORG-07");

        Assert.Equal(["ORG-00", "ORG-03", "ORG-12"], await Store.ListIdsAsync("organisations"));
        Assert.Empty(await Store.ListIdsAsync("needs"));
    }

    [Fact]
    public async Task ReadChangesAsync_FromCursor_ReturnsLaterChangesInOrder()
    {
        var a = await Store.CreateAsync("profiles", "E-1", Json(new { n = 1 }));
        await Store.ReplaceAsync("profiles", "E-1", Json(new { n = 2 }), a.Version);
        await Store.DeleteAsync("profiles", "E-1");

        var all = await Store.ReadChangesAsync(0, 100);
        var tail = await Store.ReadChangesAsync(all[0].Sequence, 100);

        Assert.Equal(3, all.Count);
        Assert.Equal([ChangeOperation.Upsert, ChangeOperation.Upsert, ChangeOperation.Delete], all.Select(c => c.Operation));
        Assert.True(all[0].Sequence < all[1].Sequence && all[1].Sequence < all[2].Sequence);
        Assert.Equal(all.Skip(1).Select(c => c.Sequence), tail.Select(c => c.Sequence));
    }

    [Fact]
    public async Task ReplaceAsync_ConcurrentIncrements_LoseNone()
    {
        const int threads = 8;
        const int increments = 500;
        await Store.CreateAsync("needs", "N-counter", Json(new { count = 0 }));

        await Task.WhenAll(Enumerable.Range(0, threads).Select(_ => Task.Run(async () =>
        {
            for (var done = 0; done < increments;)
            {
                var current = (await Store.GetAsync("needs", "N-counter"))!;
                var count = JsonDocument.Parse(current.Json).RootElement.GetProperty("count").GetInt32();
                try
                {
                    await Store.ReplaceAsync("needs", "N-counter", Json(new { count = count + 1 }), current.Version);
                    done++;
                }
                catch (DocumentConflictException)
                {
                    // lost the race: read again and retry
                }
            }
        })));

        var final = (await Store.GetAsync("needs", "N-counter"))!;
        Assert.Equal(threads * increments, JsonDocument.Parse(final.Json).RootElement.GetProperty("count").GetInt32());
    }
}
