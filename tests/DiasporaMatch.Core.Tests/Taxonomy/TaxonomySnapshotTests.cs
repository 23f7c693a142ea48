using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Taxonomy;

[Collection(EscoCollection.Name)]
public sealed class TaxonomySnapshotTests(EscoFixture esco)
{
    [Fact]
    public void SaveLoad_Sample_RoundTripsEverything()
    {
        var taxonomy = SampleTaxonomy.Build();
        using var stream = new MemoryStream();
        TaxonomySnapshot.Save(taxonomy, stream);
        stream.Position = 0;
        var loaded = TaxonomySnapshot.Load(stream);

        Assert.Equal(taxonomy.Fingerprint, loaded.Fingerprint);
        var nurse = loaded.Find(SampleTaxonomy.Nurse)!;
        Assert.Equal("infirmier/infirmière", nurse.PreferredLabels["fr"]);
        Assert.Equal(["health"], nurse.Sectors);
        Assert.Equal("2221", nurse.IscoCode);
        Assert.Equal([SampleTaxonomy.NeonatalCare], loaded.Narrower(SampleTaxonomy.Care));
        Assert.Equal(taxonomy.SkillLinks, loaded.SkillLinks);
    }

    [Fact]
    public void SaveLoad_Esco_RoundTripsThroughFile()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "data", "taxonomy.json.gz");
        TaxonomySnapshot.Save(esco.Taxonomy, path);
        var loaded = TaxonomySnapshot.Load(path);

        Assert.Equal(esco.Taxonomy.Fingerprint, loaded.Fingerprint);
        Assert.Equal(esco.Taxonomy.CountsByKind, loaded.CountsByKind);
        Assert.Equal(esco.Taxonomy.SkillLinks.Count, loaded.SkillLinks.Count);
        Assert.Equal(esco.Taxonomy.BroaderLinkCount, loaded.BroaderLinkCount);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Load_FormatOne_ReadsItsLinkObjects()
    {
        // Data folders written before format 2 keep their snapshot until the next `dmatch taxonomy import`.
        var taxonomy = SampleTaxonomy.Build();
        var formatOne = new
        {
            format = 1,
            fingerprint = taxonomy.Fingerprint,
            concepts = taxonomy.Concepts.Select(c => new
            {
                uri = c.Uri,
                kind = c.Kind.ToString().ToLowerInvariant(),
                preferred = c.PreferredLabels,
                alt = c.AltLabels,
                broader = c.Broader,
                isco = c.IscoCode,
                sectors = c.Sectors,
            }),
            skillLinks = taxonomy.SkillLinks.Select(l => new { occupation = l.OccupationUri, skill = l.SkillUri, type = l.Type.ToString().ToLowerInvariant() }),
        };
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
        {
            System.Text.Json.JsonSerializer.Serialize(gzip, formatOne);
        }

        stream.Position = 0;
        var loaded = TaxonomySnapshot.Load(stream);

        Assert.NotEmpty(taxonomy.SkillLinks);
        Assert.Equal(taxonomy.SkillLinks, loaded.SkillLinks);
        Assert.Equal(taxonomy.Fingerprint, loaded.Fingerprint);
    }

    [Fact]
    public void Load_NotASnapshot_ThrowsInvalidData()
    {
        using var stream = new MemoryStream("{\"format\":1}"u8.ToArray());
        Assert.Throws<InvalidDataException>(() => TaxonomySnapshot.Load(stream));
    }

    [Fact]
    public void Load_DamagedFile_ThrowsInvalidDataNamingTheFile()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "taxonomy.json.gz");
        File.WriteAllText(path, "garbage");

        var error = Assert.Throws<InvalidDataException>(() => TaxonomySnapshot.Load(path));

        Assert.StartsWith($"{path}: not a taxonomy snapshot", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NullWhereAListBelongs_ThrowsInvalidData()
    {
        using var plain = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(plain, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
        {
            gzip.Write("""{"format":2,"fingerprint":"0000","concepts":[{"uri":"urn:a","kind":"skill","broader":null}]}"""u8);
        }

        plain.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => TaxonomySnapshot.Load(plain));
        Assert.StartsWith("not a taxonomy snapshot", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ContentNotMatchingFingerprint_ThrowsInvalidData()
    {
        using var plain = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(plain, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
        {
            gzip.Write("""{"format":1,"fingerprint":"0000","concepts":[{"uri":"urn:a","kind":"skill","preferred":{"en":"a"}}]}"""u8);
        }

        plain.Position = 0;
        var error = Assert.Throws<InvalidDataException>(() => TaxonomySnapshot.Load(plain));
        Assert.Contains("fingerprint", error.Message, StringComparison.Ordinal);
    }
}
