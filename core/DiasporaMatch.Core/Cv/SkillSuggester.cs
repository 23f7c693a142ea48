using System.Text.RegularExpressions;
using DiasporaMatch.Taxonomy;

namespace DiasporaMatch.Cv;

/// <summary>
/// Suggests taxonomy skills for a CV's text through the concept resolver. CVs list skills as lines, bullets and
/// comma-separated runs, so those pieces are the candidate phrases; longer sentences also give their two- and
/// three-word windows. Only confident matches are kept (<see cref="MinScore"/>, stricter than the normaliser's
/// 0.6, because nobody typed these phrases as skills), one per concept, best first.
/// </summary>
public sealed partial class SkillSuggester(ConceptResolver resolver)
{
    public const double MinScore = 0.8;

    /// <summary>Bounds the resolver calls per CV (about 0.5 ms each).</summary>
    public const int MaxPhrases = 600;

    private const int MaxPhraseWords = 6;
    private const int MaxPhraseChars = 80;

    public IReadOnlyList<SkillSuggestion> Suggest(string text, string? language = null, int top = 30)
    {
        var best = new Dictionary<string, SkillSuggestion>(StringComparer.Ordinal);
        foreach (var phrase in Phrases(text).Take(MaxPhrases))
        {
            var matches = resolver.Resolve(phrase, ConceptKind.Skill, top: 1);
            if (matches.Count == 0 || matches[0].Score < MinScore)
            {
                continue;
            }

            var match = matches[0];
            if (!best.TryGetValue(match.Uri, out var seen) || seen.Score < match.Score)
            {
                var label = resolver.Taxonomy.Find(match.Uri)?.Label(language) ?? match.Label;
                best[match.Uri] = new SkillSuggestion(match.Uri, label, phrase, match.Score);
            }
        }

        return best.Values.OrderByDescending(s => s.Score).ThenBy(s => s.Label, StringComparer.Ordinal).Take(top).ToArray();
    }

    /// <summary>Distinct candidate phrases in reading order: short pieces whole, long ones as word windows.</summary>
    internal static IEnumerable<string> Phrases(string text)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var piece in Separators().Split(text))
        {
            var trimmed = Edges().Replace(piece, "");
            if (trimmed.Length < 2)
            {
                continue;
            }

            var words = Spaces().Split(trimmed);
            if (words.Length <= MaxPhraseWords && trimmed.Length <= MaxPhraseChars)
            {
                if (seen.Add(trimmed))
                {
                    yield return trimmed;
                }

                continue;
            }

            for (var size = 3; size >= 2; size--)
            {
                for (var start = 0; start + size <= words.Length; start++)
                {
                    var window = string.Join(' ', words, start, size);
                    if (seen.Add(window))
                    {
                        yield return window;
                    }
                }
            }
        }
    }

    // Lines, bullets and list punctuation; a period only when followed by a space (so "ASP.NET" stays whole).
    [GeneratedRegex(@"[\r\n,;:|•·●▪■◦►–—\t()\[\]]+|\.\s+|\s-\s|\s/\s", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    // Bullets, numbering and dates before a phrase; punctuation after it, except the # and + of C#, C++.
    [GeneratedRegex(@"^[\s\p{P}\p{S}\d]+|[\s\p{P}\p{S}-[#+]]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Edges();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
