using DiasporaMatch.Needs;
using DiasporaMatch.Normalisation;
using DiasporaMatch.Profiles;

namespace DiasporaMatch.Bench;

/// <summary>
/// A synthetic concept space shaped like ESCO: ~10k skills and 500 occupations in forests (each concept's parent
/// is an earlier one, so depths are logarithmic), labels made of pseudo-words, an ISCO code per occupation.
/// It resolves labels exactly, as a perfect phrase resolver would, and answers the taxonomy view from arrays.
/// </summary>
internal sealed class SyntheticTaxonomy : ITaxonomyView, ITermNormaliser
{
    public const int Skills = 10_000;
    public const int Occupations = 500;
    private const int Roots = 40;
    private readonly int[] _parent;
    private readonly Dictionary<string, int> _byUri = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byLabel = new(StringComparer.Ordinal);
    private readonly HashSet<(int Occupation, int Skill)> _essential = [];

    public SyntheticTaxonomy(int seed)
    {
        var random = new Random(seed);
        Words = Enumerable.Range(0, 4000).Select(_ => Word(random)).Distinct().ToArray();
        var total = Skills + Occupations;
        _parent = new int[total];
        Uris = new string[total];
        Labels = new string[total];
        for (var i = 0; i < total; i++)
        {
            var isSkill = i < Skills;
            var local = isSkill ? i : i - Skills;
            var first = isSkill ? 0 : Skills;
            _parent[i] = local < Roots ? -1 : first + random.Next(local / 4, local);
            Uris[i] = isSkill ? $"urn:skill:{i}" : $"urn:occupation:{local}";
            var label = string.Join(' ', Enumerable.Range(0, random.Next(2, 4)).Select(_ => Words[random.Next(Words.Length)]));
            while (!_byLabel.TryAdd(label, i))
            {
                label += " " + Words[random.Next(Words.Length)];
            }

            Labels[i] = label;
            _byUri[Uris[i]] = i;
        }

        for (var o = 0; o < Occupations; o++)
        {
            for (var k = 0; k < 15; k++)
            {
                _essential.Add((Skills + o, random.Next(Skills)));
            }
        }
    }

    public string[] Words { get; }

    public string[] Uris { get; }

    public string[] Labels { get; }

    public int? HierarchyDistance(string a, string b, int maxDepth = 2)
    {
        if (!_byUri.TryGetValue(a, out var x) || !_byUri.TryGetValue(b, out var y))
        {
            return null;
        }

        return Up(x, y, maxDepth) ?? Up(y, x, maxDepth);
    }

    public IReadOnlyList<(string Uri, int Depth)>? AncestorsWithDepth(string uri, int maxDepth)
    {
        if (!_byUri.TryGetValue(uri, out var c))
        {
            return null;
        }

        var ancestors = new List<(string, int)>();
        for (var (p, d) = (_parent[c], 1); p >= 0 && d <= maxDepth; p = _parent[p], d++)
        {
            ancestors.Add((Uris[p], d));
        }

        return ancestors;
    }

    public bool IsEssentialSkill(string occupationUri, string skillUri) =>
        _byUri.TryGetValue(occupationUri, out var o) && _byUri.TryGetValue(skillUri, out var s) && _essential.Contains((o, s));

    public bool IsOptionalSkill(string occupationUri, string skillUri) => false;

    public IReadOnlyList<(string SkillUri, bool Essential)>? SkillsOfOccupation(string occupationUri) =>
        _byUri.TryGetValue(occupationUri, out var o) ? _essential.Where(e => e.Occupation == o).Select(e => (Uris[e.Skill], true)).ToList() : [];

    public string? IscoCode(string occupationUri) =>
        _byUri.TryGetValue(occupationUri, out var o) ? (2000 + (o % 800)).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    public NormalisedTerms ForProfile(ExpertProfile profile) => Resolve(profile.Skills, profile.Occupation);

    public NormalisedTerms ForNeed(Need need) => Resolve([.. need.RequiredSkills, .. need.OptionalSkills], need.Occupation);

    private NormalisedTerms Resolve(IEnumerable<string> skills, string? occupation)
    {
        var refs = skills.Select(p => new ConceptRef(p, _byLabel.TryGetValue(p, out var i) ? Uris[i] : null, 1)).ToList();
        var occ = occupation is null ? null : new ConceptRef(occupation, _byLabel.TryGetValue(occupation, out var o) ? Uris[o] : null, 1);
        var expanded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var uri in refs.Select(r => r.Uri).Append(occ?.Uri).OfType<string>())
        {
            for (var c = _byUri[uri]; c >= 0; c = _parent[c])
            {
                expanded.Add(Uris[c]);
            }
        }

        return new NormalisedTerms(refs, occ, [.. expanded]);
    }

    private int? Up(int from, int target, int maxDepth)
    {
        for (var (c, d) = (from, 0); c >= 0 && d <= maxDepth; c = _parent[c], d++)
        {
            if (c == target)
            {
                return d;
            }
        }

        return null;
    }

    private static string Word(Random random)
    {
        const string letters = "abcdefghijklmnoprstuvyz";
        return new string(Enumerable.Range(0, random.Next(4, 10)).Select(_ => letters[random.Next(letters.Length)]).ToArray());
    }
}
