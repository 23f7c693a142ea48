using System.ComponentModel.DataAnnotations;
using DiasporaMatch.Search;

namespace DiasporaMatch.Api;

/// <summary>Bound from the <c>DiasporaMatch</c> configuration section and validated at start-up.</summary>
public sealed class ApiOptions
{
    public const string Section = "DiasporaMatch";

    /// <summary>The embedded store's data folder (local host).</summary>
    [Required]
    public string DataFolder { get; set; } = ".dmatch";

    /// <summary>Largest JSON record body accepted; bigger bodies get 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRecordBytes { get; set; } = 256 * 1024;

    /// <summary>Largest bulk import body accepted by POST /api/imports.</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxImportBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>HMAC key for bearer tokens (≥ 32 characters). Never shipped: configuration, user secrets or Key Vault.</summary>
    [Required]
    [MinLength(32)]
    // An App Service Key Vault reference that could not be resolved arrives as its own text: long enough to pass
    // MinLength and public in the template, so it must never become the key.
    [RegularExpression(@"(?s)^(?!@Microsoft\.KeyVault\().*", ErrorMessage = "SigningKey is an unresolved Key Vault reference: the secret is missing or the app's identity cannot read it")]
    public string SigningKey { get; set; } = "";

    public string Issuer { get; set; } = "diasporamatch";

    /// <summary>Whether the bundled models rank until the data folder has its own; false: `model` ranks with the baseline until one is trained.</summary>
    public bool BundledModels { get; set; } = true;

    /// <summary>How a need's candidates are found: <c>TermAtATime</c> (default, faster) or <c>Lucene</c> (Lucene's own path); same hits.</summary>
    [EnumDataType(typeof(RetrievalPath))]
    public RetrievalPath Retrieval { get; set; }

    /// <summary>
    /// Secret behind erasure tombstones (≥ 32 characters), for hosts that share one store across machines (the
    /// Functions app). Unset, the data folder's own key file is used (created once, owner-only).
    /// </summary>
    [MinLength(32)]
    public string? ErasureKey { get; set; }

    /// <summary>
    /// Accept App Service Authentication's X-MS-CLIENT-PRINCIPAL header (Azure only: the platform strips a
    /// client's copy). Never set for the local host, where anyone could send the header.
    /// </summary>
    public bool TrustAppServiceAuthentication { get; set; }

    /// <summary>
    /// How many stored needs start-up ranks (with each ranker, serving nothing) before the host is ready, so the first
    /// requests do not compile the ranking path; requests wait for start-up, so 0 suits a host that cold-starts on
    /// a request (Functions on the consumption plan).
    /// </summary>
    [Range(0, 1000)]
    public int WarmUpNeeds { get; set; } = 50;
}
