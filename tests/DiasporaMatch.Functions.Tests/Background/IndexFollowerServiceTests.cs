using System.Text.Json;
using DiasporaMatch.Api;
using DiasporaMatch.Functions.Hosting;
using DiasporaMatch.Records;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DiasporaMatch.Functions.Background;

public sealed class IndexFollowerServiceTests
{
    [Fact]
    public async Task ExecuteAsync_StoreWrittenWithoutIndexing_ReplicaFollowsTheChangeLogWithoutTheQueue()
    {
        var folder = Directory.CreateTempSubdirectory("dmatch-follower-").FullName;
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["DiasporaMatch:DataFolder"] = folder,
                ["DiasporaMatch:SigningKey"] = "functions-tests-signing-key-0123456789abcdef",
                ["IndexReplica:FollowSeconds"] = "1",
            }).Build();
            await using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddDiasporaMatchFunctions(configuration).BuildServiceProvider();
            var api = services.GetRequiredService<ApiServices>();
            await api.Startup.OpenAsync(); // the start-up service's work, on an empty store
            var profile = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "sample", "profiles.jsonl")).First();
            // As if another instance wrote it: in the store and its change log, not applied to this instance's index.
            await api.Records.CreateAsync(RecordKind.Profiles, JsonDocument.Parse(profile).RootElement);
            Assert.Equal(0, api.Matches.Indexes.Profiles.Count);

            var follower = Assert.Single(services.GetServices<IHostedService>().OfType<IndexFollowerService>());
            await follower.StartAsync(CancellationToken.None);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (api.Matches.Indexes.Profiles.Count == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }

            await follower.StopAsync(CancellationToken.None);
            Assert.Equal(1, api.Matches.Indexes.Profiles.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
