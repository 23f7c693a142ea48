using System.Diagnostics;

namespace DiasporaMatch.Taxonomy;

/// <summary>
/// Imports a directory in the official ESCO CSV download layout (searched recursively), any subset of
/// languages: skills_&lt;lang&gt;*.csv, occupations_&lt;lang&gt;*.csv, ISCOGroups_&lt;lang&gt;*.csv,
/// skillGroups_&lt;lang&gt;*.csv, broaderRelationsSkillPillar*.csv, broaderRelationsOccPillar*.csv,
/// occupationSkillRelations*.csv, and the optional extension sectors.csv (conceptUri,sector).
/// Columns are found by header name. A broken file stops the whole import with a
/// <see cref="TaxonomyImportException"/>; nothing is half-loaded. Rows that are well-formed but
/// unusable (a relation to an unknown concept, a non-released status) are skipped and reported.
/// </summary>
public static class EscoImporter
{
    /// <summary>Label files of this language are read first, so its files define the concept set.</summary>
    public const string PrimaryLanguage = "en";

    private const string Released = "released";

    public static EscoImportResult Import(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new TaxonomyImportException(directory, 0, "the directory does not exist");
        }

        var stopwatch = Stopwatch.StartNew();
        var options = new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive };
        var files = Directory.EnumerateFiles(directory, "*.csv", options)
            .Select(path => EscoFile.Classify(path, directory))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        var labelFiles = files
            .Where(f => KindOf(f.Role) is not null)
            .OrderBy(f => f.Language == PrimaryLanguage ? 0 : 1)
            .ThenBy(f => f.Language, StringComparer.Ordinal)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        if (labelFiles.Count == 0)
        {
            throw new TaxonomyImportException(
                directory, 0, "no skills_<lang>.csv, occupations_<lang>.csv, ISCOGroups_<lang>.csv or skillGroups_<lang>.csv file found");
        }

        var builder = new TaxonomyBuilder();
        var warnings = new ImportWarnings();
        var read = new List<string>();
        var primaryRoles = labelFiles.Where(f => f.Language == PrimaryLanguage).Select(f => f.Role).ToHashSet();
        foreach (var file in labelFiles)
        {
            ReadConcepts(file, builder, warnings, reportNew: file.Language != PrimaryLanguage && primaryRoles.Contains(file.Role));
            read.Add(file.Name);
        }

        var broaderLinks = 0;
        var skillLinks = 0;
        foreach (var file in files.Where(f => f.Role is EscoFileRole.SkillBroader or EscoFileRole.OccupationBroader))
        {
            broaderLinks += ReadBroader(file, builder, warnings);
            read.Add(file.Name);
        }

        foreach (var file in files.Where(f => f.Role == EscoFileRole.OccupationSkills))
        {
            skillLinks += ReadOccupationSkills(file, builder, warnings);
            read.Add(file.Name);
        }

        foreach (var file in files.Where(f => f.Role == EscoFileRole.Sectors))
        {
            ReadSectors(file, builder, warnings);
            read.Add(file.Name);
        }

        var taxonomy = builder.Build();
        var report = new ImportReport(
            taxonomy.CountsByKind,
            broaderLinks,
            skillLinks,
            taxonomy.Languages,
            read,
            files.Where(f => f.Role == EscoFileRole.Ignored).Select(f => f.Name).ToArray(),
            warnings.ToList(),
            stopwatch.Elapsed);
        return new EscoImportResult(taxonomy, report);
    }

    private static ConceptKind? KindOf(EscoFileRole role) => role switch
    {
        EscoFileRole.Skills => ConceptKind.Skill,
        EscoFileRole.Occupations => ConceptKind.Occupation,
        EscoFileRole.IscoGroups => ConceptKind.IscoGroup,
        EscoFileRole.SkillGroups => ConceptKind.SkillGroup,
        _ => null,
    };

    private static void ReadConcepts(EscoFile file, TaxonomyBuilder builder, ImportWarnings warnings, bool reportNew)
    {
        var kind = KindOf(file.Role)!.Value;
        var language = file.Language!;
        foreach (var (table, row) in CsvTable.Read(file, "conceptUri", "preferredLabel"))
        {
            var uri = Required(table, row, "conceptUri");
            var status = table.Get(row, "status");
            if (status.Length > 0 && !string.Equals(status, Released, StringComparison.OrdinalIgnoreCase))
            {
                warnings.Add(file.Name, row.Line, $"skipped: status is '{status}', not released", uri);
                continue;
            }

            var existing = builder.KindOf(uri);
            if (existing is not null && existing != kind)
            {
                warnings.Add(file.Name, row.Line, $"skipped: the concept was already imported as {existing}", uri);
                continue;
            }

            if (builder.AddConcept(uri, kind) && reportNew)
            {
                warnings.Add(file.Name, row.Line, $"created a {kind} absent from the {PrimaryLanguage} files", uri);
            }

            var preferred = table.Get(row, "preferredLabel");
            if (preferred.Length == 0)
            {
                warnings.Add(file.Name, row.Line, "have an empty preferredLabel", uri);
            }

            builder.SetPreferredLabel(uri, language, preferred);
            foreach (var label in LabelLists.Split(table.Get(row, "altLabels")).Concat(LabelLists.Split(table.Get(row, "hiddenLabels"))))
            {
                builder.AddAltLabel(uri, language, label);
            }

            // Occupations carry their ISCO unit group in iscoGroup; ISCO groups their own code in code.
            var isco = kind switch
            {
                ConceptKind.Occupation => table.Get(row, "iscoGroup"),
                ConceptKind.IscoGroup => table.Get(row, "code"),
                _ => string.Empty,
            };
            builder.SetIscoCode(uri, isco);
        }
    }

    private static int ReadBroader(EscoFile file, TaxonomyBuilder builder, ImportWarnings warnings)
    {
        var added = 0;
        foreach (var (table, row) in CsvTable.Read(file, "conceptUri", "broaderUri"))
        {
            var uri = Required(table, row, "conceptUri");
            var broader = Required(table, row, "broaderUri");
            if (!builder.Contains(uri))
            {
                warnings.Add(file.Name, row.Line, "skipped: the concept is not in any label file", uri);
            }
            else if (!builder.Contains(broader))
            {
                warnings.Add(file.Name, row.Line, "skipped: the broader concept is not in any label file", broader);
            }
            else if (builder.AddBroader(uri, broader))
            {
                added++;
            }
        }

        return added;
    }

    private static int ReadOccupationSkills(EscoFile file, TaxonomyBuilder builder, ImportWarnings warnings)
    {
        var added = 0;
        foreach (var (table, row) in CsvTable.Read(file, "occupationUri", "relationType", "skillUri"))
        {
            var occupation = Required(table, row, "occupationUri");
            var skill = Required(table, row, "skillUri");
            var relation = table.Get(row, "relationType").ToLowerInvariant() switch
            {
                "essential" => SkillRelationType.Essential,
                "optional" => SkillRelationType.Optional,
                var other => throw new TaxonomyImportException(
                    file.Name, row.Line, $"relationType must be essential or optional, not '{other}'"),
            };
            if (builder.KindOf(occupation) != ConceptKind.Occupation)
            {
                warnings.Add(file.Name, row.Line, "skipped: the occupation is not in any occupations file", occupation);
            }
            else if (builder.KindOf(skill) is not ConceptKind.Skill and not ConceptKind.SkillGroup)
            {
                warnings.Add(file.Name, row.Line, "skipped: the skill is not in any skills file", skill);
            }
            else if (builder.AddSkillLink(occupation, skill, relation))
            {
                added++;
            }
        }

        return added;
    }

    private static void ReadSectors(EscoFile file, TaxonomyBuilder builder, ImportWarnings warnings)
    {
        foreach (var (table, row) in CsvTable.Read(file, "conceptUri", "sector"))
        {
            var uri = Required(table, row, "conceptUri");
            var sector = Required(table, row, "sector");
            if (builder.Contains(uri))
            {
                builder.AddSector(uri, sector);
            }
            else
            {
                warnings.Add(file.Name, row.Line, "skipped: the concept is not in any label file", uri);
            }
        }
    }

    private static string Required(CsvTable table, Text.CsvRecord row, string column)
    {
        var value = table.Get(row, column);
        return value.Length > 0 ? value : throw new TaxonomyImportException(table.Name, row.Line, $"{column} is empty");
    }
}
