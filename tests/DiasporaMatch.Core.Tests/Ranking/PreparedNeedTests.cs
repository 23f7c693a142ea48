using DiasporaMatch.Facts;
using DiasporaMatch.Normalisation;
using DiasporaMatch.Profiles;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Ranking;

public sealed class PreparedNeedTests
{
    private readonly FakeTaxonomy _taxonomy = new();

    [Fact]
    public void Extract_ManyExpertsThroughOnePreparedNeed_SameAsEachAlone()
    {
        var facts = SearchHarness.Facts(_taxonomy);
        var need = new NeedBuilder("N-1").With(n => n with
        {
            RequiredSkills = ["neonatal care", "training of trainers"],
            OptionalSkills = ["paediatric care", "hospital logistics"],
            Occupation = "neonatal nurse",
            Window = new DateRange(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 20)),
        }).Build();
        var experts = new[]
        {
            new ProfileBuilder("E-1").Skills("neonatal care", "training of trainers").Build(),
            new ProfileBuilder("E-2").Skills("care", "paediatric care").With(p => p with { Occupation = "nurse" }).Build(),
            new ProfileBuilder("E-3").Skills("neonatal resuscitation", "hospital logistics").Build(),
            new ProfileBuilder("E-4").Skills("welding").With(p => p with { Occupation = "welder" }).Build(),
        };
        var needFacts = facts.ForNeed(need, _taxonomy.ForNeed(need));
        var expertFacts = experts.Select(e => facts.ForProfile(e, _taxonomy.ForProfile(e))).ToList();
        var extractor = new FeatureExtractor(_taxonomy);

        var prepared = extractor.For(needFacts);
        var together = expertFacts.Concat(expertFacts).Select(e => prepared.Extract(e.Packed, 0.5f).Values).ToList();
        var alone = expertFacts.Concat(expertFacts).Select(e => new FeatureExtractor(_taxonomy).Extract(needFacts, e, 0.5f).Values).ToList();

        Assert.Equal(alone, together);
        Assert.NotEqual(together[0], together[3]); // the experts do differ, so the memo cannot hide a leak
    }

    [Fact]
    public void Extract_ViewListingAncestorsAndOccupationSkills_SameAsAskingPairByPair()
    {
        var listing = new TaxonomyView(SampleTaxonomy.Build());
        var need = new NeedFacts
        {
            OccupationUri = SampleTaxonomy.Nurse,
            RequiredSkills = [new SkillFact("soins", SampleTaxonomy.NeonatalCare, ["soins"]), new SkillFact("care", SampleTaxonomy.Care, ["care"])],
            Expanded = [SampleTaxonomy.Care, SampleTaxonomy.NeonatalCare, SampleTaxonomy.Nurse],
        };
        var experts = new[]
        {
            Expert(SampleTaxonomy.NicuCare, SampleTaxonomy.Training),
            Expert(SampleTaxonomy.NeonatalCare),
            Expert(SampleTaxonomy.Care, SampleTaxonomy.Training),
        };

        var listed = experts.Select(e => new FeatureExtractor(listing).Extract(need, e, 0.5f).Values).ToList();
        var paired = experts.Select(e => new FeatureExtractor(new PairByPair(listing)).Extract(need, e, 0.5f).Values).ToList();

        Assert.Equal(paired, listed);
        Assert.Equal(0.5f / 5, listed[0][FeatureSchema.OccupationSkillFit]); // the optional skill counted, through the listing
    }

    private static ExpertFacts Expert(params string[] skills) => new()
    {
        Id = "E-" + string.Join('-', skills.Select(s => s.Length)),
        Skills = [.. skills.Select(s => new SkillFact(s, s, [s]))],
        SkillUris = [.. skills.Order(StringComparer.Ordinal)],
        Expanded = [.. skills.Append(SampleTaxonomy.Care).Append(SampleTaxonomy.NeonatalCare).Distinct().Order(StringComparer.Ordinal)],
    };

    /// <summary>The same taxonomy, answering only pair by pair (no listings), as a view without them would.</summary>
    private sealed class PairByPair(ITaxonomyView inner) : ITaxonomyView
    {
        public int? HierarchyDistance(string a, string b, int maxDepth = 2) => inner.HierarchyDistance(a, b, maxDepth);

        public bool IsEssentialSkill(string occupationUri, string skillUri) => inner.IsEssentialSkill(occupationUri, skillUri);

        public bool IsOptionalSkill(string occupationUri, string skillUri) => inner.IsOptionalSkill(occupationUri, skillUri);

        public string? IscoCode(string occupationUri) => inner.IscoCode(occupationUri);
    }
}
