namespace DiasporaMatch.Taxonomy;

/// <summary>
/// Collects concepts, labels and relations, then freezes them into an immutable <see cref="Taxonomy"/>.
/// Relations may only name concepts already added, so a built taxonomy never holds dangling links.
/// </summary>
public sealed class TaxonomyBuilder
{
    private readonly Dictionary<string, ConceptDraft> _concepts = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Occupation, string Skill), SkillRelationType> _skillLinks = [];

    public int Count => _concepts.Count;

    public static TaxonomyBuilder From(Taxonomy taxonomy)
    {
        var builder = new TaxonomyBuilder();
        foreach (var concept in taxonomy.Concepts)
        {
            builder.AddConcept(concept.Uri, concept.Kind);
            foreach (var (language, label) in concept.PreferredLabels)
            {
                builder.SetPreferredLabel(concept.Uri, language, label);
            }

            foreach (var (language, labels) in concept.AltLabels)
            {
                foreach (var label in labels)
                {
                    builder.AddAltLabel(concept.Uri, language, label);
                }
            }

            if (concept.IscoCode is not null)
            {
                builder.SetIscoCode(concept.Uri, concept.IscoCode);
            }

            foreach (var sector in concept.Sectors)
            {
                builder.AddSector(concept.Uri, sector);
            }
        }

        foreach (var concept in taxonomy.Concepts)
        {
            foreach (var broader in concept.Broader)
            {
                builder.AddBroader(concept.Uri, broader);
            }
        }

        foreach (var link in taxonomy.SkillLinks)
        {
            builder.AddSkillLink(link.OccupationUri, link.SkillUri, link.Type);
        }

        return builder;
    }

    public bool Contains(string uri) => _concepts.ContainsKey(uri);

    public ConceptKind? KindOf(string uri) => _concepts.TryGetValue(uri, out var draft) ? draft.Kind : null;

    /// <summary>Adds the concept if new; returns false when it already exists with the same kind.</summary>
    public bool AddConcept(string uri, ConceptKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uri);
        if (_concepts.TryGetValue(uri, out var existing))
        {
            return existing.Kind == kind
                ? false
                : throw new ArgumentException($"concept {uri} is already a {existing.Kind}, not a {kind}", nameof(kind));
        }

        _concepts.Add(uri, new ConceptDraft(uri, kind));
        return true;
    }

    /// <summary>Sets the preferred label; a second, different preferred label for the language is kept as an alternative.</summary>
    public void SetPreferredLabel(string uri, string language, string label)
    {
        var draft = Get(uri);
        label = label.Trim();
        if (label.Length == 0)
        {
            return;
        }

        language = NormaliseLanguage(language);
        if (draft.PreferredLabels.TryGetValue(language, out var existing))
        {
            if (!string.Equals(existing, label, StringComparison.OrdinalIgnoreCase))
            {
                AddAltLabel(uri, language, label);
            }

            return;
        }

        draft.PreferredLabels[language] = label;
        if (draft.AltLabels.TryGetValue(language, out var alts))
        {
            alts.RemoveAll(a => string.Equals(a, label, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Adds an alternative label unless it repeats the preferred label or another alternative (case-insensitively).</summary>
    public void AddAltLabel(string uri, string language, string label)
    {
        var draft = Get(uri);
        label = label.Trim();
        if (label.Length == 0)
        {
            return;
        }

        language = NormaliseLanguage(language);
        if (draft.PreferredLabels.TryGetValue(language, out var preferred)
            && string.Equals(preferred, label, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (!draft.AltLabels.TryGetValue(language, out var alts))
        {
            alts = [];
            draft.AltLabels[language] = alts;
        }

        if (!alts.Exists(a => string.Equals(a, label, StringComparison.OrdinalIgnoreCase)))
        {
            alts.Add(label);
        }
    }

    public bool RemoveAltLabel(string uri, string language, string label)
    {
        var draft = Get(uri);
        return draft.AltLabels.TryGetValue(NormaliseLanguage(language), out var alts)
            && alts.RemoveAll(a => string.Equals(a, label, StringComparison.Ordinal)) > 0;
    }

    public void SetIscoCode(string uri, string code)
    {
        var draft = Get(uri);
        code = code.Trim();
        if (code.Length > 0)
        {
            draft.IscoCode = code;
        }
    }

    public void AddSector(string uri, string sector)
    {
        var draft = Get(uri);
        sector = sector.Trim().ToLowerInvariant();
        if (sector.Length > 0 && !draft.Sectors.Contains(sector))
        {
            draft.Sectors.Add(sector);
        }
    }

    /// <summary>Links a concept to a broader one; both must exist. Returns false for a repeat or a self-link.</summary>
    public bool AddBroader(string uri, string broaderUri)
    {
        var draft = Get(uri);
        var broader = Get(broaderUri).Uri; // the concept's own string: relations repeat each URI thousands of times
        if (string.Equals(uri, broader, StringComparison.Ordinal) || draft.Broader.Contains(broader))
        {
            return false;
        }

        draft.Broader.Add(broader);
        return true;
    }

    /// <summary>Records that an occupation needs a skill; a repeat keeps the stronger (essential) relation.</summary>
    public bool AddSkillLink(string occupationUri, string skillUri, SkillRelationType type)
    {
        // The concepts' own strings, not the caller's copies: 124k ESCO links held 250k copies of their URIs (40 MB).
        var key = (Get(occupationUri).Uri, Get(skillUri).Uri);
        if (_skillLinks.TryGetValue(key, out var existing))
        {
            if (type == SkillRelationType.Essential && existing != type)
            {
                _skillLinks[key] = type;
            }

            return false;
        }

        _skillLinks.Add(key, type);
        return true;
    }

    public Taxonomy Build()
    {
        var narrower = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var draft in _concepts.Values)
        {
            foreach (var broader in draft.Broader)
            {
                if (!narrower.TryGetValue(broader, out var list))
                {
                    list = [];
                    narrower[broader] = list;
                }

                list.Add(draft.Uri);
            }
        }

        var concepts = _concepts.Values
            .OrderBy(d => d.Uri, StringComparer.Ordinal)
            .Select(d => new Concept(
                d.Uri,
                d.Kind,
                new SortedDictionary<string, string>(d.PreferredLabels, StringComparer.Ordinal),
                new SortedDictionary<string, IReadOnlyList<string>>(
                    d.AltLabels.Where(p => p.Value.Count > 0).ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value.ToArray()),
                    StringComparer.Ordinal),
                d.Broader.ToArray(),
                narrower.TryGetValue(d.Uri, out var n) ? n.Order(StringComparer.Ordinal).ToArray() : [],
                d.IscoCode,
                d.Sectors.ToArray()))
            .ToArray();
        var links = _skillLinks
            .Select(p => new SkillLink(p.Key.Occupation, p.Key.Skill, p.Value))
            .OrderBy(l => l.OccupationUri, StringComparer.Ordinal)
            .ThenBy(l => l.SkillUri, StringComparer.Ordinal)
            .ToArray();
        return new Taxonomy(concepts, links);
    }

    internal static string NormaliseLanguage(string language)
    {
        var normalised = language.Trim().ToLowerInvariant();
        return normalised.Length == 0 ? throw new ArgumentException("a label needs a language", nameof(language)) : normalised;
    }

    private ConceptDraft Get(string uri) =>
        _concepts.TryGetValue(uri, out var draft) ? draft : throw new KeyNotFoundException($"unknown concept {uri}");
}
