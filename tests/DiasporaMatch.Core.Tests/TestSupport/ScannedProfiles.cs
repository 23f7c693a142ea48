using System.Text.Json;
using DiasporaMatch.Browsing;
using DiasporaMatch.Profiles;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;
using DiasporaMatch.Text;

namespace DiasporaMatch.TestSupport;

/// <summary>
/// The staff's profile list by reading every stored profile, as it was answered before the index did it: the
/// reference <c>Search/ProfileBrowser</c> must agree with, page by page.
/// </summary>
public static class ScannedProfiles
{
    public static async Task<DocumentPage> PageAsync(IDocumentStore store, BrowseQuery query, CancellationToken cancellationToken = default)
    {
        var words = FoldedTokens.Of(query.Text);
        var found = new List<ExpertProfile>();
        await foreach (var document in store.ScanAsync(RecordKind.Profiles, cancellationToken))
        {
            var profile = JsonSerializer.Deserialize<ExpertProfile>(document.Json.Span, RecordJson.Options)!;
            if (Matches(profile, query) && RecordBrowser.Contains([profile.Id, profile.FullName, profile.Email, profile.Occupation, profile.Headline, .. profile.Skills], words))
            {
                found.Add(profile);
            }
        }

        IEnumerable<ExpertProfile> sorted = query.Sort switch
        {
            "name" => RecordBrowser.Sorted(found, p => p.FullName, p => p.Id, query.Descending),
            // Unknown experience sorts after any known one, whichever the direction.
            "experience" => query.Descending
                ? found.OrderByDescending(p => p.YearsExperience ?? -1).ThenBy(p => p.Id, StringComparer.Ordinal)
                : found.OrderBy(p => p.YearsExperience ?? int.MaxValue).ThenBy(p => p.Id, StringComparer.Ordinal),
            _ => RecordBrowser.Sorted(found, p => p.Id, p => p.Id, query.Descending),
        };
        return RecordBrowser.Page(sorted, p => p.Id, query);
    }

    private static bool Matches(ExpertProfile profile, BrowseQuery query) =>
        (query.State is null || profile.IsMatchable == (query.State == "matchable"))
        && (query.Sector is null || profile.Sectors.Contains(query.Sector))
        && (query.Region is null || profile.PreferredRegions.Contains(query.Region))
        && (query.Language is null || profile.Languages.Any(l => l.Code == query.Language))
        && (query.Window is null || profile.Availability.Any(a => a.OverlapDays(query.Window) > 0));
}
