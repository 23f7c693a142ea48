using DiasporaMatch.Api;
using DiasporaMatch.Azure.TestSupport;
using DiasporaMatch.Functions.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiasporaMatch.Functions.TestSupport;

/// <summary>
/// One Functions instance as Program.cs composes it (AddDiasporaMatchFunctions) over Azurite: its own local
/// data folder (index replica, models), the shared Blob document and snapshot containers.
/// </summary>
public sealed class BlobFunctionsInstance : IAsyncDisposable
{
    public BlobFunctionsInstance(AzuriteFixture azurite, string containerName, string snapshotContainerName, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["DiasporaMatch:DataFolder"] = Folder,
            ["DiasporaMatch:SigningKey"] = "functions-tests-signing-key-0123456789abcdef",
            ["BlobStore:ConnectionString"] = azurite.ConnectionString,
            ["BlobStore:ContainerName"] = containerName,
            ["BlobStore:SnapshotContainerName"] = snapshotContainerName,
            ["BlobStore:MaxRetries"] = "2",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        Configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        Services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(Configuration).AddDiasporaMatchFunctions(Configuration).BuildServiceProvider();
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("dmatch-functions-blob-").FullName;

    public IConfiguration Configuration { get; }

    public ServiceProvider Services { get; }

    public ApiServices Api => Services.GetRequiredService<ApiServices>();

    /// <summary>The instance's start-up work (what its hosted service runs): restore the newest snapshot, open the indexes, catch up.</summary>
    public async Task<ApiServices> StartAsync()
    {
        await Api.Startup.OpenAsync();
        return Api;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
