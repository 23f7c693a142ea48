using DiasporaMatch.Storage;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Access;

public sealed class TokenRevocationsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ManualTimeProvider _clock = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task IsRevoked_TokenIssuedBeforeTheRevocationsSecond_IsRevokedAndFromThatSecondIsNot()
    {
        var revocations = new TokenRevocations(new FileDocumentStore(_folder.Path), _clock);
        var issued = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromMinutes(5));

        await revocations.RevokeAsync("E-1");

        Assert.True(await revocations.IsRevokedAsync("E-1", issued));
        Assert.True(await revocations.IsRevokedAsync("E-1", _clock.GetUtcNow().AddSeconds(-1)));
        Assert.False(await revocations.IsRevokedAsync("E-1", _clock.GetUtcNow()));
        Assert.False(await revocations.IsRevokedAsync("E-1", _clock.GetUtcNow().AddSeconds(1)));
        Assert.False(await revocations.IsRevokedAsync("E-2", issued));
    }

    [Fact]
    public async Task IsRevoked_RevokedByAnotherInstance_IsSeenOnceTheCachedLookupIsOld()
    {
        var store = new FileDocumentStore(_folder.Path);
        var here = new TokenRevocations(store, _clock);
        var elsewhere = new TokenRevocations(store, _clock);
        var issued = _clock.GetUtcNow().AddSeconds(-1);
        Assert.False(await here.IsRevokedAsync("E-1", issued));

        await elsewhere.RevokeAsync("E-1");
        _clock.Advance(TokenRevocations.CacheFor);

        Assert.True(await here.IsRevokedAsync("E-1", issued));
    }

    [Fact]
    public async Task Revoke_StoresAHashNotTheSubject()
    {
        var store = new FileDocumentStore(_folder.Path);

        await new TokenRevocations(store, _clock).RevokeAsync("E-SECRET");
        await new TokenRevocations(store, _clock).RevokeAsync("E-SECRET"); // again: replaced, not a conflict

        var ids = (await store.ListAsync(TokenRevocations.Kind, null, 10)).Ids;
        Assert.Single(ids);
        Assert.DoesNotContain("E-SECRET", ids[0], StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.EnumerateFiles(_folder.Path, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)), f => File.ReadAllText(f).Contains("E-SECRET", StringComparison.Ordinal));
    }
}
