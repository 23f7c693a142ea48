using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Taxonomy;

public sealed class TaxonomyTests
{
    private readonly Taxonomy _taxonomy = SampleTaxonomy.Build();

    [Fact]
    public void HierarchyDistance_LineOfDescent_CountsLevels()
    {
        Assert.Equal(0, _taxonomy.HierarchyDistance(SampleTaxonomy.Care, SampleTaxonomy.Care));
        Assert.Equal(1, _taxonomy.HierarchyDistance(SampleTaxonomy.NeonatalCare, SampleTaxonomy.Care));
        Assert.Equal(1, _taxonomy.HierarchyDistance(SampleTaxonomy.Care, SampleTaxonomy.NeonatalCare));
        Assert.Equal(2, _taxonomy.HierarchyDistance(SampleTaxonomy.NicuCare, SampleTaxonomy.Care));
    }

    [Fact]
    public void HierarchyDistance_UnrelatedBeyondDepthOrUnknown_IsNull()
    {
        Assert.Null(_taxonomy.HierarchyDistance(SampleTaxonomy.Training, SampleTaxonomy.Care));
        Assert.Null(_taxonomy.HierarchyDistance(SampleTaxonomy.NicuCare, SampleTaxonomy.Care, maxDepth: 1));
        Assert.Null(_taxonomy.HierarchyDistance("urn:nope", SampleTaxonomy.Care));
    }

    [Fact]
    public void Ancestors_Chain_NearestFirstAndBounded()
    {
        Assert.Equal([SampleTaxonomy.NeonatalCare, SampleTaxonomy.Care], _taxonomy.Ancestors(SampleTaxonomy.NicuCare));
        Assert.Equal([SampleTaxonomy.NeonatalCare], _taxonomy.Ancestors(SampleTaxonomy.NicuCare, 1));
        Assert.Equal([SampleTaxonomy.NeonatalCare, SampleTaxonomy.NicuCare], _taxonomy.Descendants(SampleTaxonomy.Care));
    }

    [Fact]
    public void Ancestors_Cycle_Terminates()
    {
        var builder = SampleTaxonomy.Builder();
        builder.AddBroader(SampleTaxonomy.Care, SampleTaxonomy.NicuCare);
        var cyclic = builder.Build();
        Assert.Equal([SampleTaxonomy.NeonatalCare, SampleTaxonomy.Care], cyclic.Ancestors(SampleTaxonomy.NicuCare));
    }

    [Fact]
    public void Narrower_IsInverseOfBroader()
    {
        Assert.Equal([SampleTaxonomy.NeonatalCare], _taxonomy.Narrower(SampleTaxonomy.Care));
        Assert.Equal([SampleTaxonomy.Care], _taxonomy.Broader(SampleTaxonomy.NeonatalCare));
    }

    [Fact]
    public void SkillsOf_ByType_AndReverse()
    {
        Assert.Equal(2, _taxonomy.SkillsOf(SampleTaxonomy.Nurse).Count);
        Assert.Equal(SampleTaxonomy.NeonatalCare, Assert.Single(_taxonomy.SkillsOf(SampleTaxonomy.Nurse, SkillRelationType.Essential)).SkillUri);
        Assert.Equal(SampleTaxonomy.Nurse, Assert.Single(_taxonomy.OccupationsNeeding(SampleTaxonomy.Training)).OccupationUri);
        Assert.Empty(_taxonomy.OccupationsNeeding(SampleTaxonomy.Training, SkillRelationType.Essential));
    }

    [Fact]
    public void CountsByKind_AndLanguages_ReflectContent()
    {
        Assert.Equal(4, _taxonomy.CountsByKind[ConceptKind.Skill]);
        Assert.Equal(2, _taxonomy.CountsByKind[ConceptKind.Occupation]);
        Assert.Equal(0, _taxonomy.CountsByKind[ConceptKind.IscoGroup]);
        Assert.Equal(["de", "en", "fr"], _taxonomy.Languages);
    }

    [Fact]
    public void Fingerprint_Sample_StaysTheValueSavedSnapshotsHold()
    {
        // Saved snapshots are checked against this hash on load: computing it another way must not change it.
        Assert.Equal("5c65b4e275dc04194aaa23c8b30323fc", _taxonomy.Fingerprint);
    }

    [Fact]
    public void Fingerprint_ChangesWithLabels_StableOtherwise()
    {
        Assert.Equal(_taxonomy.Fingerprint, SampleTaxonomy.Build().Fingerprint);
        var builder = SampleTaxonomy.Builder();
        builder.AddAltLabel(SampleTaxonomy.Care, "en", "caring");
        Assert.NotEqual(_taxonomy.Fingerprint, builder.Build().Fingerprint);
    }
}
