namespace DiasporaMatch.Taxonomy;

/// <summary>MRR@10 and accuracy@1 per language of any resolver (URIs best first) over a query set.</summary>
public static class ResolverComparison
{
    public static IReadOnlyList<LanguageEvaluation> Evaluate(IEnumerable<ResolverQuery> queries, Func<ResolverQuery, IReadOnlyList<string>> rank) =>
        queries
            .GroupBy(q => q.Language, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(group =>
            {
                var reciprocal = 0.0;
                var first = 0;
                var count = 0;
                foreach (var query in group)
                {
                    count++;
                    var uris = rank(query);
                    var position = -1;
                    for (var i = 0; i < Math.Min(10, uris.Count); i++)
                    {
                        if (uris[i] == query.Uri)
                        {
                            position = i;
                            break;
                        }
                    }

                    if (position >= 0)
                    {
                        reciprocal += 1.0 / (position + 1);
                        first += position == 0 ? 1 : 0;
                    }
                }

                return new LanguageEvaluation(group.Key, count, reciprocal / count, (double)first / count);
            })
            .ToArray();
}
