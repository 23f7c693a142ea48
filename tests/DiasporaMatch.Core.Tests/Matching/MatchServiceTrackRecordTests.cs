using System.Text.Json;
using DiasporaMatch.Decisions;
using DiasporaMatch.Ranking;
using DiasporaMatch.Records;
using DiasporaMatch.Search;
using DiasporaMatch.Storage;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Matching;

/// <summary>Track records are kept between rankings; a decision must count from the next ranking on, whenever it arrives.</summary>
public sealed class MatchServiceTrackRecordTests : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ManualTimeProvider _clock = new();
    private readonly FileDocumentStore _files;

    public MatchServiceTrackRecordTests() => _files = new FileDocumentStore(_folder.File("store"), new FileStoreOptions { FlushToDisk = false });

    public async ValueTask DisposeAsync()
    {
        await _files.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task MatchAsync_DecisionRecordedAfterTrackRecordsWereRead_CountsFromTheNextRanking()
    {
        using var service = await ServiceAsync(_files);
        var before = await service.MatchAsync("N-1", 10);

        await RecordApprovalAsync(service);
        var after = await service.MatchAsync("N-1", 10);

        Assert.Equal(0, PastAssignments(before!));
        Assert.Equal(1f / 3, PastAssignments(after!), 1e-6f);
    }

    [Fact]
    public async Task MatchAsync_DecisionRecordedWhileTrackRecordsAreRead_CountsFromTheNextRanking()
    {
        var store = new HeldListingStore(_files, RecordKind.Decisions);
        using var service = await ServiceAsync(store);

        // The first ranking lists the (no) decisions and is held there while a decision is stored and recorded.
        var first = service.MatchAsync("N-1", 10);
        await store.Listed;
        await RecordApprovalAsync(service);
        store.Release();
        await first;
        var next = await service.MatchAsync("N-1", 10);

        Assert.Equal(1f / 3, PastAssignments(next!), 1e-6f);
    }

    private static float PastAssignments(IReadOnlyList<MatchResult> results) => results.Single(r => r.ExpertId == "E-1").Features[FeatureSchema.PastAssignments];

    /// <summary>A service over <paramref name="store"/> with expert E-1 and need N-1 indexed.</summary>
    private async Task<MatchService> ServiceAsync(IDocumentStore store)
    {
        var taxonomy = new FakeTaxonomy();
        var service = new MatchService(store, SearchIndexes.InMemory(), SearchHarness.Facts(taxonomy), taxonomy, new MatchServiceOptions { Time = _clock });
        await PutAsync(RecordKind.Profiles, "E-1", new ProfileBuilder("E-1").Skills("neonatal care").Build());
        await PutAsync(RecordKind.Needs, "N-1", new NeedBuilder("N-1").Build());
        await service.Indexer.CatchUpAsync();
        return service;
    }

    /// <summary>Stores E-1's approval for another need, yesterday, and tells the service, as the decision route does.</summary>
    private async Task RecordApprovalAsync(MatchService service)
    {
        var decision = new Decision { Id = "D-1", NeedId = "N-0", ExpertId = "E-1", Value = DecisionGrades.Approved, At = _clock.GetUtcNow().AddDays(-1) };
        await PutAsync(RecordKind.Decisions, decision.Id, decision);
        await service.LogDecisionAsync(decision);
    }

    private Task<StoredDocument> PutAsync<T>(string kind, string id, T record) =>
        _files.CreateAsync(kind, id, JsonSerializer.SerializeToUtf8Bytes(record, RecordJson.Options));
}
