using DiasporaMatch.Reference;
using DiasporaMatch.Text;

namespace DiasporaMatch.Ranking;

/// <summary>
/// An investor's wanted support, analysed once: the kinds of support the phrases name, and the folded tokens
/// of phrases of no known kind. Ranking compares it with every retrieved opportunity, so it is read per query,
/// not per pair.
/// </summary>
public sealed record SupportWants(IReadOnlyList<SupportKind> Kinds, IReadOnlyList<string[]> Unknown)
{
    public int Count => Kinds.Count + Unknown.Count;

    public static SupportWants Of(IReadOnlyList<string>? wanted, SupportVocabulary vocabulary)
    {
        var kinds = new List<SupportKind>();
        var unknown = new List<string[]>();
        foreach (var phrase in wanted ?? [])
        {
            var tokens = FoldedTokens.Of(phrase);
            var named = vocabulary.KindsOf(tokens);
            if (named.Count > 0)
            {
                kinds.AddRange(named.Where(k => !kinds.Contains(k)));
            }
            else if (tokens.Length > 0 && !unknown.Any(u => u.SequenceEqual(tokens)))
            {
                unknown.Add(tokens);
            }
        }

        return new SupportWants(kinds, unknown);
    }
}
