using System.Collections.Concurrent;
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

    private readonly ConcurrentDictionary<int, Ancestry> _known = new();

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

    /// <summary><see cref="Ancestors"/> as a span; false when the view lists no ancestors (ask <see cref="Distance"/> per pair).</summary>
    public bool TryAncestors(int id, out ReadOnlySpan<int> ancestors)
    {
        var ids = Ancestors(id);
        ancestors = ids;
        return ids is not null;
    }

    private Ancestry Of(int id) =>
        _known.TryGetValue(id, out var known) ? known : _known.GetOrAdd(id, static (id, view) => Read(id, view), taxonomy);

    private static Ancestry Read(int id, ITaxonomyView taxonomy)
    {
        var uri = ConceptIds.UriOf(id);
        var listed = taxonomy.AncestorsWithDepth(uri, MaxDepth);
        var state = listed is not null ? AncestryState.Listed
            : taxonomy.HierarchyDistance(uri, uri, 0) is null ? AncestryState.Unknown
            : AncestryState.AskPerPair; // known but not listed: a view without ancestry
        return new Ancestry(
            state,
            listed is null ? [] : [.. listed.Select(x => ConceptIds.Of(x.Uri))],
            listed is null ? [] : [.. listed.Select(x => x.Depth)],
            taxonomy.IscoCode(uri));
    }

    private enum AncestryState
    {
        Listed,
        Unknown,
        AskPerPair,
    }

    private sealed record Ancestry(AncestryState State, int[] Ids, int[] Depths, string? Isco)
    {
        public int? DepthOf(int id)
        {
            var at = Array.IndexOf(Ids, id);
            return at < 0 ? null : Depths[at];
        }
    }
}
