using System.ComponentModel.DataAnnotations;

namespace DiasporaMatch.Azure.Storage;

/// <summary>
/// Where the blob store lives. Give either a connection string (Azurite, local tools) or the account's
/// service URI (Azure, signed in by managed identity through DefaultAzureCredential); never both, so a
/// deployment can't silently fall back to keys.
/// </summary>
public sealed class BlobStoreOptions : IValidatableObject
{
    public const string SectionName = "BlobStore";

    /// <summary>The most appends one append blob accepts; a segment never holds more entries than blocks.</summary>
    public const int MaxSegmentSize = 50_000;

    public string? ConnectionString { get; set; }

    public Uri? ServiceUri { get; set; }

    /// <summary>Client id of a user-assigned managed identity; null uses the platform's default identity.</summary>
    public string? ManagedIdentityClientId { get; set; }

    [Required]
    [RegularExpression("^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", ErrorMessage = "ContainerName must be 3-63 lower-case letters, digits or single hyphens, starting and ending with a letter or digit")]
    public string ContainerName { get; set; } = "documents";

    /// <summary>The container index snapshots are published to and replicas load them from.</summary>
    [Required]
    [RegularExpression("^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", ErrorMessage = "SnapshotContainerName must be 3-63 lower-case letters, digits or single hyphens, starting and ending with a letter or digit")]
    public string SnapshotContainerName { get; set; } = "snapshots";

    /// <summary>Change-log entries per segment blob; segment k holds sequences k*size+1 .. (k+1)*size.</summary>
    [Range(1, MaxSegmentSize)]
    public int ChangeSegmentSize { get; set; } = MaxSegmentSize;

    /// <summary>Retries of one request by the SDK (exponential back-off) before a write fails.</summary>
    [Range(0, 20)]
    public int MaxRetries { get; set; } = 5;

    public IEnumerable<System.ComponentModel.DataAnnotations.ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(ConnectionString);
        if (hasConnectionString == (ServiceUri is not null))
        {
            yield return new("Give exactly one of ConnectionString or ServiceUri", [nameof(ConnectionString), nameof(ServiceUri)]);
        }

        if (ServiceUri is { } uri && (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)))
        {
            yield return new("ServiceUri must be an absolute https URI (plain http only on loopback)", [nameof(ServiceUri)]);
        }
    }

    /// <summary>Checks every rule at once and names each broken one.</summary>
    public void ThrowIfInvalid()
    {
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!Validator.TryValidateObject(this, new ValidationContext(this), results, validateAllProperties: true))
        {
            throw new ValidationException("BlobStore options are invalid: " + string.Join("; ", results.Select(r => r.ErrorMessage)));
        }
    }
}
