using System.ComponentModel.DataAnnotations;

namespace DiasporaMatch.Functions.Hosting;

/// <summary>Bound from <c>IndexReplica</c>: how often an instance's replica reads the store's change log.</summary>
public sealed class IndexReplicaOptions
{
    public const string SectionName = "IndexReplica";

    /// <summary>Seconds between change-log reads; a write made on another instance is searchable here within about this long.</summary>
    [Range(1, 3600)]
    public int FollowSeconds { get; set; } = 10;
}
