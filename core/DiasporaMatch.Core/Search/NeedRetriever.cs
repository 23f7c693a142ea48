using DiasporaMatch.Facts;
using DiasporaMatch.Profiles;
using Lucene.Net.Search;

namespace DiasporaMatch.Search;

/// <summary>Expert → open needs (<c>recommend</c>): the expert's concepts and text against the needs index.</summary>
public sealed class NeedRetriever(LuceneIndex<NeedFacts> index)
{
    public Candidate<NeedFacts>[] Retrieve(ExpertProfile profile, ExpertFacts expert, int top = ExpertRetriever.DefaultTop) =>
        index.Search(searcher =>
        {
            var reader = searcher.IndexReader;
            var scoring = new BooleanQuery(disableCoord: true);
            QueryClauses.AddTerms(scoring, reader, IndexFields.Concept, expert.Expanded, 3f);
            QueryClauses.AddTerms(scoring, reader, IndexFields.ConceptDirect, expert.SkillUris.Append(expert.OccupationUri).OfType<string>(), 6f);
            QueryClauses.AddText(scoring, reader, IndexFields.OccupationText, profile.Occupation, 1.5f);
            QueryClauses.AddText(scoring, reader, IndexFields.SkillsText, string.Join(" \n ", profile.Skills), 1.5f);
            QueryClauses.AddText(scoring, reader, IndexFields.BodyText, profile.Headline, 1f);
            QueryClauses.AddTerms(scoring, reader, IndexFields.Sector, expert.Sectors, 0.5f);
            QueryClauses.AddTerms(scoring, reader, IndexFields.Region, expert.Regions, 0.25f);
            var open = new TermBitsetFilter([QueryClauses.Group(IndexFields.Status, ["open"])]);
            var hits = searcher.Search(QueryClauses.OrAll(scoring), open, Math.Max(1, top));
            var results = new List<Candidate<NeedFacts>>(hits.ScoreDocs.Length);
            foreach (var hit in hits.ScoreDocs)
            {
                var need = index.FactsOf(searcher, hit.Doc);
                if (HardFilters.Passes(need, expert.Packed))
                {
                    results.Add(new Candidate<NeedFacts>(need, hit.Score));
                }
            }

            return results.ToArray();
        });
}
