namespace DiasporaMatch.TestSupport;

/// <summary>The domain's layers, lowest first: a folder may use its own layer's folders and those below.</summary>
internal static class Layers
{
    private static readonly string[][] Order =
    [
        ["Text", "Validation", "Trees"],
        ["Reference", "Storage"],
        ["Profiles", "Needs", "Opportunities", "Organisations", "Decisions", "Records"],
        ["Taxonomy", "Access", "Import", "Browsing", "Duplicates"],
        ["Normalisation", "Cv"],
        ["Facts"],
        ["Search", "Replication"],
        ["Ranking"],
        ["Matching", "Audit", "Assignments", "Interests"],
        ["Training", "Privacy", "Programme", "Allocation", "Notifications", "Merging"],
        ["Sample", "Hosting"],
    ];

    private static readonly Dictionary<string, int> Ranks = Order
        .SelectMany((folders, rank) => folders.Select(folder => (folder, rank)))
        .ToDictionary(p => p.folder, p => p.rank, StringComparer.Ordinal);

    public static bool Contains(string folder) => Ranks.ContainsKey(folder);

    public static int RankOf(string folder) => Ranks.GetValueOrDefault(folder, -1);
}
