namespace DiasporaMatch.Taxonomy;

/// <summary>The JSON shape of a taxonomy snapshot: kept apart from the domain types so either can change.</summary>
internal sealed class SnapshotDocument
{
    public int Format { get; set; }

    public string Fingerprint { get; set; } = string.Empty;

    public List<SnapshotConcept> Concepts { get; set; } = [];

    public List<SnapshotSkillLink> SkillLinks { get; set; } = [];
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
}

internal sealed class SnapshotSkillLink
{
    public string Occupation { get; set; } = string.Empty;

    public string Skill { get; set; } = string.Empty;

    public SkillRelationType Type { get; set; }
}
