using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Taxonomy;

public sealed class TaxonomyBuilderTests
{
    [Fact]
    public void SetPreferredLabel_SecondDifferentLabel_BecomesAlternative()
    {
        var builder = SampleTaxonomy.Builder();
        builder.SetPreferredLabel(SampleTaxonomy.Care, "en", "care provision");
        var concept = builder.Build().Find(SampleTaxonomy.Care)!;
        Assert.Equal("provide care", concept.PreferredLabels["en"]);
        Assert.Equal(["care provision"], concept.AltLabels["en"]);
    }

    [Fact]
    public void AddAltLabel_RepeatOrPreferred_IsIgnored()
    {
        var builder = SampleTaxonomy.Builder();
        builder.AddAltLabel(SampleTaxonomy.Care, "en", "Provide Care");
        builder.AddAltLabel(SampleTaxonomy.NeonatalCare, "en", "care of newborns");
        var taxonomy = builder.Build();
        Assert.False(taxonomy.Find(SampleTaxonomy.Care)!.AltLabels.ContainsKey("en"));
        Assert.Single(taxonomy.Find(SampleTaxonomy.NeonatalCare)!.AltLabels["en"]);
    }

    [Fact]
    public void AddBroader_UnknownConcept_Throws()
    {
        var builder = SampleTaxonomy.Builder();
        Assert.Throws<KeyNotFoundException>(() => builder.AddBroader(SampleTaxonomy.Care, "urn:missing"));
    }

    [Fact]
    public void AddConcept_SameUriOtherKind_Throws()
    {
        var builder = SampleTaxonomy.Builder();
        Assert.Throws<ArgumentException>(() => builder.AddConcept(SampleTaxonomy.Care, ConceptKind.Occupation));
    }

    [Fact]
    public void From_Taxonomy_RebuildsIdenticalContent()
    {
        var taxonomy = SampleTaxonomy.Build();
        Assert.Equal(taxonomy.Fingerprint, TaxonomyBuilder.From(taxonomy).Build().Fingerprint);
    }
}
