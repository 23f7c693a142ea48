using DiasporaMatch.Facts;

namespace DiasporaMatch.Facts;

/// <summary>
/// Encodes languages as index terms so "requires French at B2" is one term query: a holder of French C1 is
/// indexed as <c>fr</c>, <c>fr:A1</c> … <c>fr:C1</c>; the requirement is the single term <c>fr:B2</c>.
/// </summary>
public sealed class LanguageTerms(IReadOnlyList<string> cefrLevels)
{
    public IReadOnlyList<string> Levels { get; } = cefrLevels;

    public LanguageFact Fact(string code, string? level) => new(code.ToLowerInvariant(), level, Rank(level));

    public int Rank(string? level)
    {
        if (level is null)
        {
            return -1;
        }

        for (var i = 0; i < Levels.Count; i++)
        {
            if (string.Equals(Levels[i], level, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    public IEnumerable<string> Held(LanguageFact language)
    {
        yield return language.Code;
        for (var i = 0; i <= language.Rank && i < Levels.Count; i++)
        {
            yield return language.Code + ":" + Levels[i];
        }
    }

    public string Required(LanguageFact language) =>
        language.Rank < 0 ? language.Code : language.Code + ":" + Levels[language.Rank];
}
