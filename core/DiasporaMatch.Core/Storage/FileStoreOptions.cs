namespace DiasporaMatch.Storage;

public sealed record FileStoreOptions
{
    /// <summary>Sync every acknowledged write to disk (survives power loss, not just a killed process).</summary>
    public bool FlushToDisk { get; init; } = true;

    /// <summary>
    /// A reader: takes no writer lock and never writes, truncates or repairs the folder (it may run beside a
    /// writer); it sees the change log up to its last complete line. Any write throws.
    /// </summary>
    public bool ReadOnly { get; init; }
}
