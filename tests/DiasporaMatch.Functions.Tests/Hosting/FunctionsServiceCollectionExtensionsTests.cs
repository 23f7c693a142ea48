using System.Text.Json;
using Azure.Storage.Blobs;
using DiasporaMatch.Azure.Storage;
using DiasporaMatch.Azure.TestSupport;
using DiasporaMatch.Functions.Background;
using DiasporaMatch.Functions.TestSupport;
using DiasporaMatch.Records;
using DiasporaMatch.Replication;
using DiasporaMatch.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DiasporaMatch.Functions.Hosting;

/// <summary>The Functions app's service composition over Azurite: records live in Blob storage, replicas start from snapshots.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class FunctionsServiceCollectionExtensionsTests(AzuriteFixture azurite)
{
    private static readonly string[] SampleProfiles = [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "sample", "profiles.jsonl")).Take(3)];

    private readonly string containerName = "t" + Guid.NewGuid().ToString("N");
    private readonly string snapshotContainerName = "s" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task AddDiasporaMatchFunctions_BlobStoreConfigured_WritesAndReadsRecordsInBlobStorage()
    {
        await using var instance = new BlobFunctionsInstance(azurite, containerName, snapshotContainerName);
        var api = instance.Api;

        var outcome = await api.Records.CreateAsync(RecordKind.Profiles, JsonDocument.Parse(SampleProfiles[0]).RootElement);
        var read = await api.Store.GetAsync(RecordKind.Profiles, outcome.Id!);

        Assert.IsType<BlobDocumentStore>(api.Store);
        Assert.Equal(WriteStatus.Created, outcome.Status);
        var blob = new BlobContainerClient(azurite.ConnectionString, containerName).GetBlobClient($"docs/profiles/{outcome.Id}");
        var stored = (await blob.DownloadContentAsync()).Value;
        Assert.Equal(outcome.Version, stored.Details.ETag.ToString("G"));
        Assert.Equal(stored.Content.ToArray(), read!.Json.ToArray());
        Assert.False(File.Exists(Path.Combine(instance.Folder, "store", "docs", "profiles", outcome.Id + ".json"))); // nothing on the instance's disk
    }

    [Fact]
    public async Task AddDiasporaMatchFunctions_SecondInstance_StartsFromTheSnapshotAndFollowsTheChangeLog()
    {
        await using var writer = new BlobFunctionsInstance(azurite, containerName, snapshotContainerName);
        var first = await CreateAsync(writer, SampleProfiles[0]);
        await CreateAsync(writer, SampleProfiles[1]);
        // A profile only the writer's index holds (never in the store or its log): a replica can only have it from the snapshot.
        writer.Api.Matches.Indexer.IndexProfile(RecordTypes.Read<Profiles.ExpertProfile>(System.Text.Encoding.UTF8.GetBytes(SampleProfiles[2].Replace("E-000003", "E-SNAPSHOT-ONLY", StringComparison.Ordinal))));
        writer.Api.Matches.Indexes.Commit(writer.Api.Matches.Indexes.Cursor);
        await new SnapshotFunction(writer.Api, writer.Services.GetRequiredService<IndexSnapshotPublisher>(), NullLogger<SnapshotFunction>.Instance)
            .PublishIndexSnapshot(new TimerInfo(), CancellationToken.None);
        var snapshots = writer.Services.GetRequiredService<IIndexSnapshotStore>();

        await using var replica = new BlobFunctionsInstance(azurite, containerName, snapshotContainerName);
        var api = await replica.StartAsync(); // start-up work restores the newest snapshot, then catches up from its cursor

        Assert.IsType<BlobIndexSnapshotStore>(snapshots);
        Assert.Equal(writer.Api.Matches.Indexes.Cursor, (await snapshots.ReadNewestAsync())!.Cursor);
        Assert.Equal(3, api.Matches.Indexes.Profiles.Count);

        await CreateAsync(writer, SampleProfiles[2]);
        Assert.True(await writer.Api.Store.DeleteAsync(RecordKind.Profiles, first));
        await writer.Api.IndexChangesAsync(CancellationToken.None);
        await api.IndexChangesAsync(CancellationToken.None); // what IndexFollowerService does on every tick; no queue involved

        Assert.Equal(writer.Api.Matches.Indexes.Cursor, api.Matches.Indexes.Cursor);
        Assert.Equal(3, api.Matches.Indexes.Profiles.Count); // + E-000003, - the deleted first profile
        Assert.Equal(3, writer.Api.Matches.Indexes.Profiles.Count);
    }

    [Fact]
    public async Task AddDiasporaMatchFunctions_NoBlobStore_UsesTheDataFoldersFileStore()
    {
        using var folder = new TempDirectory();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DiasporaMatch:DataFolder"] = folder.Path,
            ["DiasporaMatch:SigningKey"] = "functions-tests-signing-key-0123456789abcdef",
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddDiasporaMatchFunctions(configuration).BuildServiceProvider();

        Assert.IsType<FileDocumentStore>(services.GetRequiredService<Api.ApiServices>().Store);
        Assert.IsType<FileIndexSnapshotStore>(services.GetRequiredService<IIndexSnapshotStore>());
    }

    [Theory]
    [InlineData("ServiceUri", "https://account.blob.core.windows.net")] // both a connection string and a service URI
    [InlineData("ContainerName", "Bad_Name")]
    [InlineData("MaxRetries", "99")]
    public async Task AddDiasporaMatchFunctions_InvalidBlobStoreOptions_FailStartValidation(string key, string value)
    {
        await using var instance = new BlobFunctionsInstance(azurite, containerName, snapshotContainerName, new Dictionary<string, string?> { [$"BlobStore:{key}"] = value });

        var error = Assert.Throws<OptionsValidationException>(() => instance.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key, string.Join(" ", error.Failures), StringComparison.Ordinal);
    }

    private static async Task<string> CreateAsync(BlobFunctionsInstance instance, string json)
    {
        var api = await instance.StartAsync();
        var outcome = await api.Records.CreateAsync(RecordKind.Profiles, JsonDocument.Parse(json).RootElement);
        Assert.Equal(WriteStatus.Created, outcome.Status);
        await api.IndexChangesAsync(CancellationToken.None);
        return outcome.Id!;
    }

    private sealed class TempDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("dmatch-functions-file-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
