using System.Text.Json;
using DiasporaMatch.Facts;
using DiasporaMatch.Matching;
using DiasporaMatch.Needs;
using DiasporaMatch.Profiles;
using DiasporaMatch.Ranking;
using DiasporaMatch.Records;
using DiasporaMatch.Reference;
using DiasporaMatch.Search;
using DiasporaMatch.Storage;

namespace DiasporaMatch.TestSupport;

/// <summary>A file store in a temp folder, indexes (in memory, or on disk to test reopening) and a match service over them.</summary>
public sealed class SearchHarness : IAsyncDisposable
{
    private static readonly Lazy<IReadOnlyList<string>> Levels = new(() => ReferenceData.Load(DataPaths.ReferenceFolder).CefrLevels);

    public SearchHarness(bool onDisk = false)
    {
        Store = new FileDocumentStore(Folder.File("store"), new FileStoreOptions { FlushToDisk = false });
        OnDisk = onDisk;
        Service = Open();
    }

    public TempFolder Folder { get; } = new();

    public FileDocumentStore Store { get; }

    public FakeTaxonomy Taxonomy { get; } = new();

    public bool OnDisk { get; }

    public MatchService Service { get; private set; }

    /// <summary>What the service and its indexer logged.</summary>
    public CapturedLogs Logs { get; } = new();

    public static FactsBuilder Facts(FakeTaxonomy taxonomy) => new(taxonomy, new LanguageTerms(Levels.Value));

    public Task AddAsync(ExpertProfile profile) => PutAsync(RecordKind.Profiles, profile.Id, profile);

    public Task AddAsync(Need need) => PutAsync(RecordKind.Needs, need.Id, need);

    public async Task AddAndIndexAsync(params object[] records)
    {
        foreach (var record in records)
        {
            await (record switch
            {
                ExpertProfile p => AddAsync(p),
                Need n => AddAsync(n),
                _ => PutAsync(RecordKind.Opportunities, ((Opportunities.Opportunity)record).Id, record),
            });
        }

        await Service.Indexer.CatchUpAsync();
    }

    public async Task<IReadOnlyList<MatchResult>> MatchAsync(Need need, string ranker = RankerNames.Baseline, int top = 50)
    {
        await AddAndIndexAsync(need);
        return (await Service.MatchAsync(need.Id, top, ranker))!;
    }

    /// <summary>Closes and reopens the indexes (on disk) as a restarted process would, doing <paramref name="whileClosed"/> in between.</summary>
    public void Reopen(Action? whileClosed = null)
    {
        Service.Dispose();
        whileClosed?.Invoke();
        Service = Open();
    }

    public async ValueTask DisposeAsync()
    {
        Service.Dispose();
        await Store.DisposeAsync();
        Folder.Dispose();
    }

    private MatchService Open() =>
        new(Store, OnDisk ? SearchIndexes.Open(Folder.File("index")) : SearchIndexes.InMemory(), Facts(Taxonomy), Taxonomy, new MatchServiceOptions { LoggerFactory = Logs });

    private async Task PutAsync<T>(string kind, string id, T record)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(record, RecordJson.Options);
        var existing = await Store.GetAsync(kind, id);
        if (existing is null)
        {
            await Store.CreateAsync(kind, id, json);
        }
        else
        {
            await Store.ReplaceAsync(kind, id, json, existing.Version);
        }
    }
}
