using System.Collections.Concurrent;
using DiasporaMatch.Needs;
using DiasporaMatch.Profiles;
using DiasporaMatch.Taxonomy;

namespace DiasporaMatch.Normalisation;

/// <summary>
/// Resolves the skill and occupation phrases of a profile or need to concepts, keeping the phrase as written.
/// Phrases below <see cref="MinConfidence"/> stay unresolved (searchable as text, never guessed): at 0.55 the accepted
/// top-1 is 78.7% right on the resolver dev set resolved as here, with no language (`bench resolver` prints the table;
/// 0.50 would accept 5% more phrases at 77.6%); the gram channel's scores sit lower on misspellings, and 0.6 left
/// correctly resolved typos unresolved. A record's language is not known, so every language's labels are searched.
/// Results are cached per phrase: real data repeats the same few thousand phrases endlessly.
/// </summary>
public sealed class ConceptNormaliser(ConceptResolver resolver, int ancestorDepth = 2) : ITermNormaliser
{
    public const double MinConfidence = 0.55;
    private const int MaxCached = 200_000;
    private readonly ConcurrentDictionary<(string, ConceptKind), ConceptRef> _cache = new();

    public Taxonomy.Taxonomy Taxonomy => resolver.Taxonomy;

    public NormalisedTerms ForProfile(ExpertProfile profile) => Normalise(profile.Skills, profile.Occupation);

    public NormalisedTerms ForNeed(Need need) => Normalise(need.RequiredSkills.Concat(need.OptionalSkills), need.Occupation);

    public NormalisedTerms Normalise(IEnumerable<string> skills, string? occupation)
    {
        var skillRefs = skills.Select(s => Resolve(s, ConceptKind.Skill)).ToList();
        var occupationRef = string.IsNullOrWhiteSpace(occupation) ? null : Resolve(occupation, ConceptKind.Occupation);
        var expanded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var uri in skillRefs.Append(occupationRef).Select(r => r?.Uri).OfType<string>())
        {
            expanded.Add(uri);
            expanded.UnionWith(resolver.Taxonomy.Ancestors(uri, ancestorDepth));
        }

        return new NormalisedTerms(skillRefs, occupationRef, [.. expanded.Order(StringComparer.Ordinal)]);
    }

    public ConceptRef Resolve(string phrase, ConceptKind kind)
    {
        if (_cache.TryGetValue((phrase, kind), out var cached))
        {
            return cached;
        }

        var matches = resolver.Resolve(phrase, kind, top: 1);
        var best = matches.Count > 0 ? matches[0] : null;
        var result = best is not null && best.Score >= MinConfidence
            ? new ConceptRef(phrase, best.Uri, Math.Round(best.Score, 3))
            : new ConceptRef(phrase, null, best is null ? 0 : Math.Round(best.Score, 3));
        if (_cache.Count >= MaxCached)
        {
            _cache.Clear();
        }

        _cache[(phrase, kind)] = result;
        return result;
    }
}
