using DiasporaMatch.Facts;
using DiasporaMatch.Needs;
using DiasporaMatch.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DiasporaMatch.Search;

/// <summary>
/// Need → candidate experts: hard filters as a Lucene filter, concepts and text as the BM25-scored query, the
/// best hits found by <paramref name="hits"/> (the term-at-a-time scorer unless told otherwise).
/// </summary>
public sealed class ExpertRetriever(LuceneIndex<PackedFacts> index, LanguageTerms languages, IHitSearch? hits = null)
{
    private readonly IHitSearch _hits = hits ?? DisjunctionSearch.Instance;

    public const int DefaultTop = 1000;

    /// <summary>
    /// Broader concepts held by more than this share of a large index (top-level skill groups) are left out of
    /// the expanded-concept clause: they add little to a score but most of the postings walked. Features still
    /// credit broader and narrower skills for every candidate retrieved.
    /// </summary>
    public const double BroadConceptShare = 0.05;

    /// <summary>The need's candidates, best retrieval score first; an array, since ranking walks it a thousand times per query.</summary>
    public Candidate<PackedFacts>[] Retrieve(Need need, NeedFacts facts, int top = DefaultTop) =>
        index.Search(searcher =>
        {
            var found = _hits.Top(searcher, Query(searcher.IndexReader, need, facts), Filter(facts), Math.Max(1, top));
            var experts = new PackedFacts[found.Length];
            for (var i = 0; i < found.Length; i++)
            {
                experts[i] = index.FactsOf(searcher, found[i].Doc);
            }

            var languageIds = HardFilters.LanguageIds(facts);
            var passing = new Candidate<PackedFacts>[experts.Length];
            var count = 0;
            for (var i = 0; i < experts.Length; i++)
            {
                if (HardFilters.Passes(facts, languageIds, experts[i]))
                {
                    passing[count++] = new Candidate<PackedFacts>(experts[i], found[i].Score);
                }
            }

            Array.Resize(ref passing, count);
            return passing;
        });

    /// <summary>The scoring part of a need's query: concepts (direct and expanded) and analysed text per field.</summary>
    public static BooleanQuery Query(IndexReader reader, Need need, NeedFacts facts)
    {
        var scoring = new BooleanQuery(disableCoord: true);
        QueryClauses.AddTerms(scoring, reader, IndexFields.Concept, facts.Expanded, 3f, BroadConceptShare);
        var direct = facts.RequiredSkills.Concat(facts.OptionalSkills).Select(s => s.Uri).Append(facts.OccupationUri).OfType<string>();
        QueryClauses.AddTerms(scoring, reader, IndexFields.ConceptDirect, direct, 6f);
        foreach (var (field, text, boost) in TextClauses(need))
        {
            QueryClauses.AddText(scoring, reader, field, text, boost);
        }

        return scoring;
    }

    /// <summary>The need's text per searched field with the field's boost: the text part of <see cref="Query"/>.</summary>
    public static IEnumerable<(string Field, string? Text, float Boost)> TextClauses(Need need)
    {
        yield return (IndexFields.OccupationText, need.Occupation, 1.5f);
        yield return (IndexFields.SkillsText, string.Join(" \n ", need.RequiredSkills.Concat(need.OptionalSkills)), 1.5f);
        yield return (IndexFields.BodyText, need.Title + " \n " + need.Description, 1f);
        var all = string.Join(" \n ", [need.Title, need.Occupation, .. need.RequiredSkills, .. need.OptionalSkills, need.Description]);
        foreach (var language in TextAnalysis.Languages)
        {
            yield return (TextAnalysis.LanguageField(language), all, 0.3f);
        }
    }

    /// <summary>The need's hard filters in the form Lucene applies: consent, required languages at level, availability months.</summary>
    public TermBitsetFilter Filter(NeedFacts need)
    {
        var groups = new List<IReadOnlyList<Term>> { QueryClauses.Group(IndexFields.Consent, [IndexFields.Yes]) };
        foreach (var language in need.RequiredLanguages)
        {
            groups.Add(QueryClauses.Group(IndexFields.Language, [languages.Required(language)]));
        }

        if (need.Window is { } window)
        {
            var months = QueryClauses.Group(IndexFields.AvailableMonth, AvailabilityMonths.Of(window));
            groups.Add(need.OnSite ? months : [.. months, new Term(IndexFields.RemoteOk, IndexFields.Yes)]);
        }

        return new TermBitsetFilter(groups);
    }
}
