using System.Globalization;
using System.Text.Json;
using DiasporaMatch.Needs;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;
using DiasporaMatch.Text;

namespace DiasporaMatch.Browsing;

/// <summary>
/// Staff's list of needs, searched, filtered, sorted and paged on the server. The store is read in full for each
/// query: a programme's needs are hundreds to a few thousand, and a scan keeps the answer exactly the store's.
/// Expert profiles, a hundred thousand, are listed from their index (<c>Search/ProfileBrowser</c>).
/// </summary>
public static class RecordBrowser
{
    public static async Task<DocumentPage> NeedsAsync(IDocumentStore store, BrowseQuery query, CancellationToken cancellationToken = default)
    {
        var words = FoldedTokens.Of(query.Text);
        var found = new List<Need>();
        await foreach (var document in store.ScanAsync(RecordKind.Needs, cancellationToken))
        {
            var need = JsonSerializer.Deserialize<Need>(document.Json.Span, RecordJson.Options)!;
            if (Matches(need, query) && Contains([need.Id, need.Title, need.Description, need.City, need.Occupation, need.OrganisationId, .. need.RequiredSkills, .. need.OptionalSkills], words))
            {
                found.Add(need);
            }
        }

        Func<Need, string> key = query.Sort switch
        {
            "title" => n => n.Title,
            "window" => n => n.Window?.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "9999",
            "organisation" => n => n.OrganisationId,
            _ => n => n.Id,
        };
        return Page(Sorted(found, key, n => n.Id, query.Descending), n => n.Id, query);
    }

    private static bool Matches(Need need, BrowseQuery query) =>
        (query.State is null || NeedLifecycle.Effective(need.Status, need.Window?.To, query.Today) == query.State)
        && (query.Sector is null || need.Sector == query.Sector)
        && (query.Region is null || need.Region == query.Region)
        && (query.OrganisationId is null || need.OrganisationId == query.OrganisationId)
        && (query.Language is null || need.RequiredLanguages.Any(l => l.Code == query.Language))
        && (query.Window is null || (need.Window is { } window && window.OverlapDays(query.Window) > 0));

    /// <summary>Every word of the query starts a word of the record (case, accents and Arabic variants folded).</summary>
    internal static bool Contains(IEnumerable<string?> fields, string[] words)
    {
        if (words.Length == 0)
        {
            return true;
        }

        var tokens = fields.SelectMany(FoldedTokens.Of).ToHashSet(StringComparer.Ordinal);
        return words.All(word => tokens.Any(token => token.StartsWith(word, StringComparison.Ordinal)));
    }

    internal static IOrderedEnumerable<T> Sorted<T>(IEnumerable<T> items, Func<T, string> key, Func<T, string> id, bool descending)
    {
        var comparer = StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase);
        return descending
            ? items.OrderByDescending(key, comparer).ThenBy(id, StringComparer.Ordinal)
            : items.OrderBy(key, comparer).ThenBy(id, StringComparer.Ordinal);
    }

    internal static DocumentPage Page<T>(IEnumerable<T> sorted, Func<T, string> id, BrowseQuery query)
    {
        var ids = sorted.Skip(query.Offset).Take(query.Limit + 1).Select(id).ToList();
        var more = ids.Count > query.Limit;
        return new DocumentPage(more ? ids[..query.Limit] : ids, more ? (query.Offset + query.Limit).ToString(CultureInfo.InvariantCulture) : null);
    }
}
