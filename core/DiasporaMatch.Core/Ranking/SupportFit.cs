using DiasporaMatch.Reference;
using DiasporaMatch.Text;

namespace DiasporaMatch.Ranking;

/// <summary>
/// How much of the support an investor looks for an opportunity offers: the share of the investor's wanted
/// items met, where an item is a kind of support (compared across languages through the vocabulary) or, for a
/// phrase of no known kind, the phrase itself, met by an offered phrase sharing at least half its folded tokens.
/// </summary>
public sealed record SupportFit(float Share, IReadOnlyList<string> Met)
{
    /// <summary>Neither good nor bad: the investor looks for nothing specific.</summary>
    public const float Neutral = 0.5f;

    public static SupportFit Measure(IReadOnlyList<string>? wanted, IReadOnlyList<string>? offered, SupportVocabulary vocabulary) =>
        Measure(SupportWants.Of(wanted, vocabulary), offered, vocabulary);

    public static SupportFit Measure(SupportWants wants, IReadOnlyList<string>? offered, SupportVocabulary vocabulary)
    {
        if (wants.Count == 0)
        {
            return new SupportFit(Neutral, []);
        }

        var offers = (offered ?? []).Select(p => (Phrase: p, Tokens: FoldedTokens.Of(p))).Where(o => o.Tokens.Length > 0).ToList();
        var offeredKinds = offers.SelectMany(o => vocabulary.KindsOf(o.Tokens)).ToHashSet();
        var met = vocabulary.Kinds.Where(k => wants.Kinds.Contains(k) && offeredKinds.Contains(k)).Select(k => k.Name).ToList();
        var count = met.Count;
        foreach (var tokens in wants.Unknown)
        {
            var match = offers.FirstOrDefault(o => 2 * tokens.Count(t => Array.IndexOf(o.Tokens, t) >= 0) >= tokens.Length);
            if (match.Phrase is not null)
            {
                count++;
                if (!met.Contains(match.Phrase))
                {
                    met.Add(match.Phrase);
                }
            }
        }

        return new SupportFit((float)count / wants.Count, met);
    }
}
