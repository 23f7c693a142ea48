namespace DiasporaMatch.Taxonomy;

/// <summary>The JSON shape of a taxonomy snapshot: kept apart from the domain types so either can change.</summary>
internal sealed class SnapshotDocument
{
    public int Format { get; set; }

    public string Fingerprint { get; set; } = string.Empty;

    public List<SnapshotConcept> Concepts { get; set; } = [];

    /// <summary>Format 1 only: one object per link. Format 2 lists an occupation's skills on the occupation.</summary>
    public List<SnapshotSkillLink>? SkillLinks { get; set; }
}

internal sealed class SnapshotConcept
{
    public string Uri { get; set; } = string.Empty;

    public ConceptKind Kind { get; set; }

    public Dictionary<string, string> Preferred { get; set; } = [];

    public Dictionary<string, List<string>> Alt { get; set; } = [];

    public List<string> Broader { get; set; } = [];

    public string? Isco { get; set; }

    public List<string> Sectors { get; set; } = [];

    /// <summary>An occupation's essential skills (format 2).</summary>
    public List<string>? Essential { get; set; }

    /// <summary>An occupation's optional skills (format 2).</summary>
    public List<string>? Optional { get; set; }
}

internal sealed class SnapshotSkillLink
{
    public string Occupation { get; set; } = string.Empty;

    public string Skill { get; set; } = string.Empty;

    public SkillRelationType Type { get; set; }
}
