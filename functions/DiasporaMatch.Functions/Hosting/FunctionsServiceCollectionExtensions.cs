using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DiasporaMatch.Api;
using DiasporaMatch.Azure.Notifications;
using DiasporaMatch.Azure.Storage;
using DiasporaMatch.Functions.Background;
using DiasporaMatch.Hosting;
using DiasporaMatch.Notifications;
using DiasporaMatch.Replication;
using DiasporaMatch.Storage;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DiasporaMatch.Functions.Hosting;

public static class FunctionsServiceCollectionExtensions
{
    /// <summary>Everything the functions use: the composition `dmatch serve` uses, over the configured store, and the index replica.</summary>
    public static IServiceCollection AddDiasporaMatchFunctions(this IServiceCollection services, IConfiguration configuration) =>
        services.AddDiasporaMatch(configuration).AddDiasporaMatchStorage(configuration).AddDiasporaMatchIndexReplica().AddDiasporaMatchNotificationQueue(configuration);

    /// <summary>
    /// Notifications leave through the <c>notifications</c> queue (<see cref="NotificationFunction"/>) instead of
    /// the in-process loop `dmatch serve` runs: the connection <c>NotificationQueue</c> is a connection string or,
    /// on Azure, <c>NotificationQueue__queueServiceUri</c> with the managed identity, as the queue trigger reads it.
    /// </summary>
    public static IServiceCollection AddDiasporaMatchNotificationQueue(this IServiceCollection services, IConfiguration configuration)
    {
        services.WithoutNotificationLoop();
        services.AddAzureClients(clients => clients
            .AddQueueServiceClient(configuration.GetSection(NotificationQueue.Connection))
            .WithName(NotificationQueue.Connection)
            .ConfigureOptions(o => o.MessageEncoding = NotificationQueue.ClientOptions().MessageEncoding));
        services.TryAddSingleton(sp =>
        {
            var workspace = sp.GetRequiredService<Workspace>();
            var options = sp.GetRequiredService<IOptions<NotificationMailOptions>>().Value;
            var time = sp.GetRequiredService<TimeProvider>();
            var queue = sp.GetRequiredService<IAzureClientFactory<QueueServiceClient>>().CreateClient(NotificationQueue.Connection).GetQueueClient(NotificationQueue.Name);
            return new NotificationQueue(queue, new NotificationSender(new NotificationOutbox(workspace.Store, time), new NotificationRenderer(workspace.Store, options, time), options, time));
        });
        return services;
    }

    /// <summary>
    /// The Blob document store and Blob index snapshots when a <c>BlobStore</c> connection string or service URI
    /// is configured (options validated at start), else the data folder's file store and a snapshot folder beside it.
    /// </summary>
    public static IServiceCollection AddDiasporaMatchStorage(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsBlobStoreConfigured(configuration))
        {
            services.TryAddSingleton<IIndexSnapshotStore>(sp =>
                new FileIndexSnapshotStore(Path.Combine(Path.GetFullPath(sp.GetRequiredService<IOptions<ApiOptions>>().Value.DataFolder), "snapshots")));
            return services;
        }

        services.AddOptions<BlobStoreOptions>().BindConfiguration(BlobStoreOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        // One service client (SDK retry policy, DefaultAzureCredential or connection string) for both containers.
        services.TryAddSingleton(sp => BlobContainerFactory.CreateService(sp.GetRequiredService<IOptions<BlobStoreOptions>>().Value));
        services.RemoveAll<IDocumentStore>();
        services.AddSingleton<IDocumentStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<BlobStoreOptions>>().Value;
            return new BlobDocumentStore(EnsureContainer(sp.GetRequiredService<BlobServiceClient>(), options.ContainerName), options, sp.GetRequiredService<TimeProvider>());
        });
        services.RemoveAll<IIndexSnapshotStore>();
        services.AddSingleton<IIndexSnapshotStore>(sp => new BlobIndexSnapshotStore(
            EnsureContainer(sp.GetRequiredService<BlobServiceClient>(), sp.GetRequiredService<IOptions<BlobStoreOptions>>().Value.SnapshotContainerName)));
        return services;
    }

    /// <summary>The replica (restore on start, follow the change log) and the single writer's snapshot publisher.</summary>
    public static IServiceCollection AddDiasporaMatchIndexReplica(this IServiceCollection services)
    {
        services.AddOptions<IndexReplicaOptions>().BindConfiguration(IndexReplicaOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IndexSnapshotReplica>();
        services.TryAddSingleton(sp => new IndexSnapshotPublisher(sp.GetRequiredService<IIndexSnapshotStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<IndexFollowerService>();
        return services;
    }

    public static bool IsBlobStoreConfigured(IConfiguration configuration)
    {
        var section = configuration.GetSection(BlobStoreOptions.SectionName);
        return !string.IsNullOrWhiteSpace(section[nameof(BlobStoreOptions.ConnectionString)])
            || !string.IsNullOrWhiteSpace(section[nameof(BlobStoreOptions.ServiceUri)]);
    }

    private static BlobContainerClient EnsureContainer(BlobServiceClient service, string name)
    {
        var container = service.GetBlobContainerClient(name);
        container.CreateIfNotExists(); // infra creates both; this covers Azurite and a fresh account
        return container;
    }
}
