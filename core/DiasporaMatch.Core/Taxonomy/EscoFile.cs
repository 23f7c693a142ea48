using System.Text.RegularExpressions;

namespace DiasporaMatch.Taxonomy;

/// <summary>A CSV file of an ESCO-layout directory, its role and (for label files) its language.</summary>
internal sealed partial record EscoFile(string Path, string Name, EscoFileRole Role, string? Language)
{
    public static EscoFile Classify(string path, string root)
    {
        var name = System.IO.Path.GetRelativePath(root, path).Replace('\\', '/');
        var fileName = System.IO.Path.GetFileName(path);
        var labels = LabelFile().Match(fileName);
        if (labels.Success)
        {
            var role = labels.Groups["kind"].Value.ToLowerInvariant() switch
            {
                "skills" => EscoFileRole.Skills,
                "occupations" => EscoFileRole.Occupations,
                "iscogroups" => EscoFileRole.IscoGroups,
                _ => EscoFileRole.SkillGroups,
            };
            return new EscoFile(path, name, role, labels.Groups["lang"].Value.ToLowerInvariant());
        }

        var relationRole = fileName.ToLowerInvariant() switch
        {
            var f when f.StartsWith("broaderrelationsskillpillar", StringComparison.Ordinal) => EscoFileRole.SkillBroader,
            var f when f.StartsWith("broaderrelationsoccpillar", StringComparison.Ordinal) => EscoFileRole.OccupationBroader,
            var f when f.StartsWith("occupationskillrelations", StringComparison.Ordinal) => EscoFileRole.OccupationSkills,
            var f when f == "sectors.csv" || f.StartsWith("sectors_", StringComparison.Ordinal) => EscoFileRole.Sectors,
            _ => EscoFileRole.Ignored,
        };
        return new EscoFile(path, name, relationRole, null);
    }

    // skills_en.csv, skills_fr_v1.0.csv, ISCOGroups_nl.csv: the language code follows the kind.
    [GeneratedRegex(@"^(?<kind>skills|occupations|iscogroups|skillgroups)_(?<lang>[a-z]{2,3})([_.\-].*)?\.csv$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelFile();
}
