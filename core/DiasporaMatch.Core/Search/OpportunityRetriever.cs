using DiasporaMatch.Facts;
using DiasporaMatch.Profiles;
using Lucene.Net.Search;

namespace DiasporaMatch.Search;

/// <summary>Investor → open opportunities (<c>invest</c>): sectors, regions and stage of the investment interest.</summary>
public sealed class OpportunityRetriever(LuceneIndex<OpportunityFacts> index)
{
    public Candidate<OpportunityFacts>[] Retrieve(InvestmentInterest interest, int top = ExpertRetriever.DefaultTop) =>
        index.Search(searcher =>
        {
            var reader = searcher.IndexReader;
            var scoring = new BooleanQuery(disableCoord: true);
            QueryClauses.AddTerms(scoring, reader, IndexFields.Sector, interest.Sectors, 2f);
            QueryClauses.AddTerms(scoring, reader, IndexFields.Region, interest.Regions, 1f);
            if (interest.Stage is { Length: > 0 } stage)
            {
                QueryClauses.AddTerms(scoring, reader, IndexFields.Stage, [stage], 0.5f);
            }

            if (scoring.Clauses.Count == 0)
            {
                return [];
            }

            var open = new TermBitsetFilter([QueryClauses.Group(IndexFields.Status, ["open"])]);
            var hits = searcher.Search(scoring, open, Math.Max(1, top));
            return hits.ScoreDocs.Select(h => new Candidate<OpportunityFacts>(index.FactsOf(searcher, h.Doc), h.Score)).ToArray();
        });
}
