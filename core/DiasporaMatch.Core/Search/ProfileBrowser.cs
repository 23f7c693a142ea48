using System.Globalization;
using DiasporaMatch.Browsing;
using DiasporaMatch.Facts;
using DiasporaMatch.Storage;
using DiasporaMatch.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DiasporaMatch.Search;

/// <summary>
/// Staff's list of expert profiles (<see cref="BrowseQuery"/>) answered from the profile index, so a page at 100k
/// profiles reads no profile: query words as prefixes of the profile's folded words, state (consent), sector,
/// preferred region and language as terms, the sort on doc values (names and ids by the invariant culture's sort
/// keys, case ignored, as people read them; ties by id); an availability window is checked on each hit's facts.
/// </summary>
public static class ProfileBrowser
{
    private static readonly CompareInfo Culture = CultureInfo.InvariantCulture.CompareInfo;

    /// <summary>Bytes that order as the invariant culture orders texts, case ignored.</summary>
    public static byte[] SortKey(string text) => Culture.GetSortKey(text, CompareOptions.IgnoreCase).KeyData;

    public static DocumentPage Page(LuceneIndex<PackedFacts> index, BrowseQuery query)
    {
        var filter = new BooleanQuery();
        foreach (var word in FoldedTokens.Of(query.Text))
        {
            filter.Add(new PrefixQuery(new Term(IndexFields.BrowseWord, word)), Occur.MUST);
        }

        void Require(string field, string? value)
        {
            if (value is not null)
            {
                filter.Add(new TermQuery(new Term(field, value)), Occur.MUST);
            }
        }

        Require(IndexFields.Consent, query.State is null ? null : query.State == "matchable" ? IndexFields.Yes : IndexFields.No);
        Require(IndexFields.Sector, query.Sector);
        Require(IndexFields.Region, query.Region);
        Require(IndexFields.Language, query.Language);
        Query search = filter.Clauses.Count == 0 ? new MatchAllDocsQuery() : filter;

        return index.Search(searcher =>
        {
            // A window is checked after the sort, on facts, so every hit is sorted then; otherwise the page's end is enough.
            var enough = query.Window is null ? Math.Min((long)query.Offset + query.Limit + 1, searcher.IndexReader.MaxDoc) : searcher.IndexReader.MaxDoc;
            var hits = searcher.Search(search, null, (int)Math.Max(1, enough), Order(query)).ScoreDocs;
            var ids = hits
                .Select(hit => index.FactsOf(searcher, hit.Doc))
                .Where(facts => query.Window is not { } window || facts.AvailableWithin(window.From.DayNumber, window.To.DayNumber))
                .Skip(query.Offset)
                .Take(query.Limit + 1)
                .Select(facts => facts.Id)
                .ToList();
            var more = ids.Count > query.Limit;
            return new DocumentPage(more ? ids[..query.Limit] : ids, more ? (query.Offset + query.Limit).ToString(CultureInfo.InvariantCulture) : null);
        });
    }

    private static SortField Years(bool descending)
    {
        var years = new SortField(IndexFields.BrowseYears, SortFieldType.INT32, descending);
        years.SetMissingValue(descending ? -1 : int.MaxValue);
        return years;
    }

    private static Sort Order(BrowseQuery query)
    {
        var byId = new SortField(IndexFields.BrowseId, SortFieldType.STRING);
        return query.Sort switch
        {
            "name" => new Sort(new SortField(IndexFields.BrowseNameKey, SortFieldType.STRING, query.Descending), byId),

            // Unknown experience sorts after any known one, whichever the direction.
            "experience" => new Sort(Years(query.Descending), byId),
            _ => new Sort(new SortField(IndexFields.BrowseIdKey, SortFieldType.STRING, query.Descending), byId),
        };
    }
}
