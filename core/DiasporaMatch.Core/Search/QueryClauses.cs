using DiasporaMatch.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DiasporaMatch.Search;

/// <summary>
/// Builds query parts from objects, never from query syntax: text becomes analysed tokens, each a
/// <see cref="TermQuery"/>. Clause counts are capped per field so no input can exceed Lucene's limits.
/// </summary>
public static class QueryClauses
{
    public const int MaxTokensPerField = 32;
    public const int MaxConcepts = 256;

    /// <summary>
    /// Terms in more than this share of a large index discriminate nothing but cost the longest postings walk;
    /// they are left out (a poor man's common-terms query). Small indexes keep every term.
    /// </summary>
    public const double CommonTermShare = 0.25;
    private const int CommonTermMinDocs = 10_000;

    public static void AddText(BooleanQuery target, IndexReader reader, string field, string? text, float boost)
    {
        var tokens = TextAnalysis.Tokenise(field, text, MaxTokensPerField);
        AddTerms(target, reader, field, tokens, boost);
    }

    public static void AddTerms(BooleanQuery target, IndexReader reader, string field, IEnumerable<string> values, float boost, double commonShare = CommonTermShare)
    {
        var part = new BooleanQuery();
        foreach (var value in values.Distinct(StringComparer.Ordinal).Take(MaxConcepts))
        {
            var term = new Term(field, value);
            if (reader.MaxDoc >= CommonTermMinDocs && SegmentPostings.DocFreq(reader, term) > reader.MaxDoc * commonShare)
            {
                continue;
            }

            part.Add(new TermQuery(term), Occur.SHOULD);
        }

        if (part.Clauses.Count > 0)
        {
            part.Boost = boost;
            target.Add(part, Occur.SHOULD);
        }
    }

    public static Query Term(string field, string value) => new TermQuery(new Term(field, value));

    /// <summary>The scoring query, or all documents when there is nothing to score on (filters still apply).</summary>
    public static Query OrAll(BooleanQuery scoring) => scoring.Clauses.Count > 0 ? scoring : new MatchAllDocsQuery();

    /// <summary>Terms of <paramref name="field"/> as one OR group of a <see cref="TermBitsetFilter"/>.</summary>
    public static IReadOnlyList<Term> Group(string field, IEnumerable<string> values) => values.Select(v => new Term(field, v)).ToList();
}
