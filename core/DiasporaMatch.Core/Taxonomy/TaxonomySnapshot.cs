using System.IO.Compression;
using System.Text.Json;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Taxonomy;

/// <summary>
/// Saves a taxonomy to one gzip-compressed JSON file and loads it back, so start-up does not
/// re-parse the ESCO CSV files. The stored fingerprint is checked on load to catch a damaged file.
/// </summary>
public static class TaxonomySnapshot
{
    /// <summary>
    /// Format 2 lists an occupation's skills on the occupation; format 1 (still read) gave each of ESCO's 124k
    /// links an object naming both URIs (35 MB of JSON against 20), which every command read again.
    /// </summary>
    public const int Format = 2;

    public static void Save(Taxonomy taxonomy, Stream stream)
    {
        var document = new SnapshotDocument
        {
            Format = Format,
            Fingerprint = taxonomy.Fingerprint,
            Concepts = taxonomy.Concepts.Select(c => new SnapshotConcept
            {
                Uri = c.Uri,
                Kind = c.Kind,
                Preferred = c.PreferredLabels.ToDictionary(p => p.Key, p => p.Value),
                Alt = c.AltLabels.ToDictionary(p => p.Key, p => p.Value.ToList()),
                Broader = [.. c.Broader],
                Isco = c.IscoCode,
                Sectors = [.. c.Sectors],
                Essential = SkillsOrNull(taxonomy, c.Uri, SkillRelationType.Essential),
                Optional = SkillsOrNull(taxonomy, c.Uri, SkillRelationType.Optional),
            }).ToList(),
        };
        using var gzip = new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        JsonSerializer.Serialize(gzip, document, SnapshotJson.Default.SnapshotDocument);
    }

    /// <summary>Replaces the file whole and durably (<see cref="PrivateFiles.Replace"/>): a crash never leaves half a snapshot.</summary>
    public static void Save(Taxonomy taxonomy, string path)
    {
        PrivateFiles.CreateFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
        PrivateFiles.Replace(path, stream => Save(taxonomy, stream));
    }

    /// <exception cref="InvalidDataException">The file is not a snapshot, of another format, or damaged.</exception>
    public static Taxonomy Load(Stream stream)
    {
        SnapshotDocument? document;
        try
        {
            using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            document = JsonSerializer.Deserialize(gzip, SnapshotJson.Default.SnapshotDocument);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException) // InvalidDataException: not gzip, or damaged
        {
            throw new InvalidDataException($"not a taxonomy snapshot: {e.Message}", e);
        }

        if (document is null || document.Format is not (1 or Format))
        {
            throw new InvalidDataException($"not a taxonomy snapshot of format 1 or {Format}");
        }

        var taxonomy = Rebuild(document);
        return taxonomy.Fingerprint == document.Fingerprint
            ? taxonomy
            : throw new InvalidDataException(
                $"the snapshot content does not match its fingerprint {document.Fingerprint} (got {taxonomy.Fingerprint})");
    }

    /// <exception cref="InvalidDataException">The file is not a snapshot, of another format, or damaged: the message names it.</exception>
    public static Taxonomy Load(string path)
    {
        using var stream = File.OpenRead(path);
        try
        {
            return Load(stream);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}; import the taxonomy again", e);
        }
    }

    private static Taxonomy Rebuild(SnapshotDocument document)
    {
        var builder = new TaxonomyBuilder();
        try
        {
            foreach (var c in document.Concepts)
            {
                builder.AddConcept(c.Uri, c.Kind);
                foreach (var (language, label) in c.Preferred)
                {
                    builder.SetPreferredLabel(c.Uri, language, label);
                }

                foreach (var (language, labels) in c.Alt)
                {
                    labels.ForEach(label => builder.AddAltLabel(c.Uri, language, label));
                }

                if (c.Isco is not null)
                {
                    builder.SetIscoCode(c.Uri, c.Isco);
                }

                c.Sectors.ForEach(sector => builder.AddSector(c.Uri, sector));
            }

            foreach (var c in document.Concepts)
            {
                c.Broader.ForEach(broader => builder.AddBroader(c.Uri, broader));
                c.Essential?.ForEach(skill => builder.AddSkillLink(c.Uri, skill, SkillRelationType.Essential));
                c.Optional?.ForEach(skill => builder.AddSkillLink(c.Uri, skill, SkillRelationType.Optional));
            }

            document.SkillLinks?.ForEach(l => builder.AddSkillLink(l.Occupation, l.Skill, l.Type));
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException)
        {
            throw new InvalidDataException($"the snapshot is inconsistent: {e.Message}", e);
        }

        return builder.Build();
    }

    private static List<string>? SkillsOrNull(Taxonomy taxonomy, string occupationUri, SkillRelationType type)
    {
        var skills = taxonomy.SkillsOf(occupationUri, type);
        return skills.Count == 0 ? null : skills.Select(l => l.SkillUri).ToList();
    }
}
