using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace DiasporaMatch.Azure.Storage;

/// <summary>Builds the container client from options, with the SDK's retry policy configured in one place.</summary>
public static class BlobContainerFactory
{
    public static BlobContainerClient Create(BlobStoreOptions options, TokenCredential? credential = null) =>
        CreateService(options, credential).GetBlobContainerClient(options.ContainerName);

    /// <summary>The account's service client (documents, snapshots): connection string, or service URI with DefaultAzureCredential.</summary>
    public static BlobServiceClient CreateService(BlobStoreOptions options, TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        var clientOptions = new BlobClientOptions();
        // Transient faults (throttling, timeouts, 5xx) are retried with back-off by the SDK; conflicts (409/412) never are.
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(10);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);

        return options.ConnectionString is { Length: > 0 } connectionString
            ? new BlobServiceClient(connectionString, clientOptions)
            : new BlobServiceClient(
                options.ServiceUri!,
                credential ?? new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.ManagedIdentityClientId }),
                clientOptions);
    }
}
