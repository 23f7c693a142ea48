using System.Collections.Concurrent;


namespace DiasporaMatch.Facts;

/// <summary>
/// Process-wide small integers for concept URIs, so ranking compares and hashes ints instead of 50-character
/// strings. Ids are never persisted; they only live as long as the process. The set of URIs is bounded by the
/// taxonomies loaded (facts only carry resolved concepts).
/// </summary>
public static class ConceptIds
{
    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<int, string> Uris = new();
    private static readonly Lock Adding = new();
    private static int _next;

    /// <summary>The URI's id, 1 or more; 0 never names a concept.</summary>
    public static int Of(string uri)
    {
        if (Ids.TryGetValue(uri, out var id))
        {
            return id;
        }

        lock (Adding)
        {
            if (!Ids.TryGetValue(uri, out id))
            {
                id = ++_next;
                Uris[id] = uri; // before the id is published, so whoever sees an id can look its URI up
                Ids[uri] = id;
            }

            return id;
        }
    }

    /// <summary>The highest id handed out so far; arrays indexed by id need one more slot.</summary>
    public static int Count => Volatile.Read(ref _next);

    public static string UriOf(int id) => Uris.TryGetValue(id, out var uri) ? uri : throw new ArgumentOutOfRangeException(nameof(id), id, "No concept has this id.");

    /// <summary>Ids of the URIs, sorted ascending and distinct.</summary>
    public static int[] SortedOf(IEnumerable<string?> uris)
    {
        var ids = uris.OfType<string>().Select(Of).Distinct().ToArray();
        Array.Sort(ids);
        return ids;
    }
}
