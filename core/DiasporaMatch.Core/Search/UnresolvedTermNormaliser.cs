using DiasporaMatch.Needs;
using DiasporaMatch.Normalisation;
using DiasporaMatch.Profiles;

namespace DiasporaMatch.Search;

/// <summary>
/// Placeholder until the taxonomy lands: keeps every phrase but resolves none (Uri null), so matching runs on
/// text and phrase overlap alone. Phrases that already are concept URIs pass through, as CONTRACT.md allows them.
/// </summary>
public sealed class UnresolvedTermNormaliser : ITermNormaliser
{
    public static UnresolvedTermNormaliser Instance { get; } = new();

    public NormalisedTerms ForProfile(ExpertProfile profile) => Build(profile.Skills, profile.Occupation);

    public NormalisedTerms ForNeed(Need need) => Build([.. need.RequiredSkills, .. need.OptionalSkills], need.Occupation);

    private static NormalisedTerms Build(IReadOnlyList<string> skills, string? occupation)
    {
        var refs = skills.Select(Ref).ToList();
        var occ = occupation is null ? null : Ref(occupation);
        var uris = refs.Select(r => r.Uri).Append(occ?.Uri).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return new NormalisedTerms(refs, occ, uris);
    }

    private static ConceptRef Ref(string phrase) =>
        IsUri(phrase) ? new ConceptRef(phrase, phrase, 1.0) : new ConceptRef(phrase, null, 0.0);

    private static bool IsUri(string phrase) =>
        phrase.StartsWith("http://", StringComparison.Ordinal) || phrase.StartsWith("https://", StringComparison.Ordinal);
}
