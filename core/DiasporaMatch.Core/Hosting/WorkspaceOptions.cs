using DiasporaMatch.Matching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiasporaMatch.Hosting;

public sealed record WorkspaceOptions
{
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Seed for id tails and anything else random, so runs can be repeated.</summary>
    public int Seed { get; init; } = Environment.TickCount;

    public bool FlushToDisk { get; init; } = true;

    /// <summary>
    /// Opens the file store as a reader (`dmatch get`, `list`, `match`…): no writer lock, nothing written or repaired,
    /// so it runs beside `dmatch serve`. Without it the open takes the writer lock or fails with <see cref="Storage.StoreBusyException"/>.
    /// </summary>
    public bool ReadOnly { get; init; }

    /// <summary>Overrides the bundled reference data folder (tests).</summary>
    public string? ReferenceFolder { get; init; }

    /// <summary>
    /// The document store, when it is not the data folder's file store (the Functions app on Blob storage);
    /// the caller keeps ownership. The folder still holds the local index replica, models and feature logs.
    /// </summary>
    public Storage.IDocumentStore? Store { get; init; }

    /// <summary>
    /// The erasure tombstone secret, when the deployment configures one (hosts that share a store across
    /// machines must); otherwise a key file in the data folder.
    /// </summary>
    public byte[]? ErasureKey { get; init; }

    /// <summary>Whether the bundled models stand in until the data folder has its own (false: `model` ranks with the baseline until one is trained).</summary>
    public bool BundledModels { get; init; } = true;

    /// <summary>How the match service finds a need's candidates (<see cref="MatchServiceOptions.Retrieval"/>).</summary>
    public Search.RetrievalPath Retrieval { get; init; }

    /// <summary>Where the domain logs (store open, index catch-up, imports, model promotion): nowhere unless the host gives one.</summary>
    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;
}
