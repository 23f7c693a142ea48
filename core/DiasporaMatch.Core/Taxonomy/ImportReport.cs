namespace DiasporaMatch.Taxonomy;

/// <summary>What an import read and built. Warnings are rows skipped for a stated reason, summarised per file and reason.</summary>
public sealed record ImportReport(
    IReadOnlyDictionary<ConceptKind, int> ConceptsByKind,
    int BroaderLinks,
    int SkillLinks,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> FilesRead,
    IReadOnlyList<string> FilesIgnored,
    IReadOnlyList<string> Warnings,
    TimeSpan Elapsed);
