using DiasporaMatch.Facts;
using DiasporaMatch.Normalisation;

namespace DiasporaMatch.Ranking;

/// <summary>
/// <see cref="ITaxonomyView.HierarchyDistance"/> (up to 2 steps) between concept ids, answered from each concept's
/// broader concepts, read from the taxonomy once per concept and kept: the taxonomy does not change under a
/// running service, and a ranking asks about thousands of pairs. Views that list no ancestors are asked per pair.
/// Occupations' ISCO codes are kept the same way.
/// </summary>
public sealed class HierarchyMemo(ITaxonomyView taxonomy)
{
    public const int MaxDepth = 2;

    private static readonly Ancestry Unknown = new(AncestryState.Unknown, [], []);
    private static readonly Ancestry AskPerPair = new(AncestryState.AskPerPair, [], []);
    private readonly Lock _growing = new();

    /// <summary>Ancestry by concept id: an array read costs a few nanoseconds, and a ranking reads it thousands of times.</summary>
    private Ancestry?[] _ancestry = new Ancestry?[1024];

    /// <summary>
    /// The same ancestors flat, <see cref="NearStride"/> ints per concept id: a count + 1 (0 until known), then the
    /// ids. Ranking asks of every distinct skill a query meets whether an ancestor is wanted; one cache line
    /// answers it instead of two objects scattered on the heap. Concepts with more ancestors keep only the objects.
    /// </summary>
    private int[] _near = new int[1024 * NearStride];

    private const int NearStride = 8;

    /// <summary>The hierarchy distance within <see cref="MaxDepth"/>, or null when unrelated so close (or unknown).</summary>
    public int? Distance(int a, int b)
    {
        var of = Of(a);
        var other = Of(b);
        if (of.State == AncestryState.AskPerPair || other.State == AncestryState.AskPerPair)
        {
            return taxonomy.HierarchyDistance(ConceptIds.UriOf(a), ConceptIds.UriOf(b), MaxDepth);
        }

        if (of.State == AncestryState.Unknown || other.State == AncestryState.Unknown)
        {
            return null;
        }

        if (a == b)
        {
            return 0;
        }

        var up = of.DepthOf(b);
        var down = other.DepthOf(a);
        return up is null ? down : down is null ? up : Math.Min(up.Value, down.Value);
    }

    /// <summary>Credit for a relation by distance: 1 for the same concept, then one step, two steps, else 0.</summary>
    public float Credit(int a, int b, float oneStep, float twoSteps) => Distance(a, b) switch
    {
        0 => 1,
        1 => oneStep,
        2 => twoSteps,
        _ => 0,
    };

    /// <summary>The concept's ISCO code (occupations), read from the taxonomy once per concept.</summary>
    public string? IscoCode(int id) => Of(id).Isco;

    /// <summary>The concept's ancestors within <see cref="MaxDepth"/>; null when the view lists none and must be asked per pair.</summary>
    public int[]? Ancestors(int id) => Of(id) switch
    {
        { State: AncestryState.AskPerPair } => null,
        var known => known.Ids,
    };

    /// <summary>
    /// <see cref="Ancestors"/> without allocating or chasing objects when the concept has been seen before;
    /// false when the view lists no ancestors (ask <see cref="Distance"/> per pair).
    /// </summary>
    public bool TryAncestors(int id, out ReadOnlySpan<int> ancestors)
    {
        var near = Volatile.Read(ref _near);
        var at = id * NearStride;
        if ((uint)at < (uint)near.Length && Volatile.Read(ref near[at]) is > 0 and var count)
        {
            ancestors = near.AsSpan(at + 1, count - 1);
            return true;
        }

        var ids = Ancestors(id);
        ancestors = ids;
        return ids is not null;
    }

    private Ancestry Of(int id)
    {
        var known = Volatile.Read(ref _ancestry);
        if (id < known.Length && known[id] is { } remembered)
        {
            return remembered;
        }

        var uri = ConceptIds.UriOf(id);
        var listed = taxonomy.AncestorsWithDepth(uri, MaxDepth);
        var ancestry = listed is not null
            ? new Ancestry(AncestryState.Listed, [.. listed.Select(x => ConceptIds.Of(x.Uri))], [.. listed.Select(x => x.Depth)])
            : taxonomy.HierarchyDistance(uri, uri, 0) is null ? Unknown : AskPerPair; // known but not listed: a view without ancestry
        ancestry = ancestry with { Isco = taxonomy.IscoCode(uri) };
        lock (_growing)
        {
            var slots = _ancestry;
            if (id >= slots.Length)
            {
                Array.Resize(ref slots, Math.Max(id + 1, slots.Length * 2));
            }

            slots[id] ??= ancestry; // a racing reader sees the old array or this one; both are right
            Volatile.Write(ref _ancestry, slots);
            Flatten(id, slots[id]!);
            return slots[id]!;
        }
    }

    /// <summary>Copies a listed ancestry into <see cref="_near"/> (ids first, count last: a reader seeing the count sees them). Under the lock.</summary>
    private void Flatten(int id, Ancestry ancestry)
    {
        if (ancestry.State != AncestryState.Listed || ancestry.Ids.Length >= NearStride)
        {
            return;
        }

        var near = _near;
        if ((id + 1) * NearStride > near.Length)
        {
            Array.Resize(ref near, Math.Max((id + 1) * NearStride, near.Length * 2));
        }

        ancestry.Ids.CopyTo(near, id * NearStride + 1);
        Volatile.Write(ref near[id * NearStride], ancestry.Ids.Length + 1);
        Volatile.Write(ref _near, near);
    }

    private enum AncestryState
    {
        Listed,
        Unknown,
        AskPerPair,
    }

    private sealed record Ancestry(AncestryState State, int[] Ids, int[] Depths)
    {
        public string? Isco { get; init; }

        public int? DepthOf(int id)
        {
            var at = Array.IndexOf(Ids, id);
            return at < 0 ? null : Depths[at];
        }
    }
}
