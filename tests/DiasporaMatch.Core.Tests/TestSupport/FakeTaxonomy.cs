using DiasporaMatch.Needs;
using DiasporaMatch.Normalisation;
using DiasporaMatch.Profiles;

namespace DiasporaMatch.TestSupport;

/// <summary>
/// A tiny taxonomy that is both the view ranking reads and the phrase resolver search consumes:
/// care ⊃ neonatal care ⊃ neonatal resuscitation; care ⊃ paediatric care; nurse ⊃ neonatal nurse.
/// </summary>
public sealed class FakeTaxonomy : ITaxonomyView, ITermNormaliser
{
    public const string Care = "urn:skill:care";
    public const string NeonatalCare = "urn:skill:neonatal-care";
    public const string NeonatalResuscitation = "urn:skill:neonatal-resuscitation";
    public const string PaediatricCare = "urn:skill:paediatric-care";
    public const string Training = "urn:skill:training";
    public const string Nurse = "urn:occ:nurse";
    public const string NeonatalNurse = "urn:occ:neonatal-nurse";

    private readonly Dictionary<string, string> _parents = new()
    {
        [NeonatalCare] = Care,
        [NeonatalResuscitation] = NeonatalCare,
        [PaediatricCare] = Care,
        [NeonatalNurse] = Nurse,
    };

    private readonly Dictionary<string, string> _phrases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["neonatal care"] = NeonatalCare,
        ["soins néonatals"] = NeonatalCare,
        ["neonatal resuscitation"] = NeonatalResuscitation,
        ["paediatric care"] = PaediatricCare,
        ["care"] = Care,
        ["training of trainers"] = Training,
        ["nurse"] = Nurse,
        ["neonatal nurse"] = NeonatalNurse,
    };

    public int? HierarchyDistance(string a, string b, int maxDepth = 2)
    {
        var up = Ancestors(a).ToList();
        var down = Ancestors(b).ToList();
        var i = up.IndexOf(b);
        var j = down.IndexOf(a);
        var d = i >= 0 ? i : j >= 0 ? j : -1;
        return d >= 0 && d <= maxDepth ? d : null;
    }

    public bool IsEssentialSkill(string occupationUri, string skillUri) => occupationUri == NeonatalNurse && skillUri == NeonatalCare;

    public bool IsOptionalSkill(string occupationUri, string skillUri) => occupationUri == NeonatalNurse && skillUri == Training;

    public string? IscoCode(string occupationUri) => occupationUri is Nurse or NeonatalNurse ? "2221" : null;

    public NormalisedTerms ForProfile(ExpertProfile profile) => Resolve(profile.Skills, profile.Occupation);

    public NormalisedTerms ForNeed(Need need) => Resolve([.. need.RequiredSkills, .. need.OptionalSkills], need.Occupation);

    private NormalisedTerms Resolve(IEnumerable<string> skills, string? occupation)
    {
        var refs = skills.Select(p => new ConceptRef(p, _phrases.GetValueOrDefault(p), _phrases.ContainsKey(p) ? 1 : 0)).ToList();
        var occ = occupation is null ? null : new ConceptRef(occupation, _phrases.GetValueOrDefault(occupation), 1);
        var expanded = refs.Select(r => r.Uri).Append(occ?.Uri).OfType<string>().SelectMany(Ancestors).Distinct().ToList();
        return new NormalisedTerms(refs, occ, expanded);
    }

    /// <summary>The concept itself first, then its parent, grandparent…</summary>
    private IEnumerable<string> Ancestors(string uri)
    {
        for (var current = uri; current is not null; current = _parents.GetValueOrDefault(current))
        {
            yield return current;
        }
    }
}
