namespace DiasporaMatch.Storage;

public sealed record FileStoreOptions
{
    /// <summary>Sync every acknowledged write to disk (survives power loss, not just a killed process).</summary>
    public bool FlushToDisk { get; init; } = true;
}
