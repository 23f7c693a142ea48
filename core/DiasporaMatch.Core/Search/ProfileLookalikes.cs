using DiasporaMatch.Duplicates;
using DiasporaMatch.Facts;
using DiasporaMatch.Profiles;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DiasporaMatch.Search;

/// <summary>
/// The indexed profiles most like one profile by its duplicate keys (<see cref="DuplicateKeys"/>): the same e-mail
/// first, then the closest names (rare name trigrams weigh more), the same country of residence breaking ties among
/// equal names. <see cref="DuplicateFinder.FindAmongAsync"/> then decides on them, so checking one profile reads a
/// few hundred profiles, not all of them.
/// </summary>
public static class ProfileLookalikes
{
    /// <summary>Enough for the people of one common name in one country at 100k profiles.</summary>
    public const int Top = 200;

    public static IReadOnlyList<string> Of(LuceneIndex<PackedFacts> index, ExpertProfile profile, int top = Top)
    {
        var likeness = new BooleanQuery();
        if (DuplicateKeys.Email(profile.Email) is { } email)
        {
            likeness.Add(new TermQuery(new Term(IndexFields.DuplicateKey, email)) { Boost = 100 }, Occur.SHOULD);
        }

        foreach (var key in DuplicateKeys.Name(profile.FullName))
        {
            likeness.Add(new TermQuery(new Term(IndexFields.DuplicateKey, key)), Occur.SHOULD);
        }

        if (likeness.Clauses.Count == 0)
        {
            return [];
        }

        // The country only orders profiles that are alike already: alone it is no likeness.
        var query = new BooleanQuery { { likeness, Occur.MUST } };
        if (profile.CountryOfResidence.Length > 0)
        {
            query.Add(new TermQuery(new Term(IndexFields.Country, profile.CountryOfResidence)) { Boost = 0.1f }, Occur.SHOULD);
        }

        return index.Search(searcher => searcher.Search(query, top).ScoreDocs.Select(hit => index.FactsOf(searcher, hit.Doc).Id).ToArray());
    }
}
