using DiasporaMatch.Profiles;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Ranking;

public sealed class FeatureExtractorTests
{
    private readonly FakeTaxonomy _taxonomy = new();

    [Fact]
    public void Extract_ThreeOfFourRequiredSkillsAndPartialWindow_ReasonsSayIt()
    {
        var need = new NeedBuilder("N-1").With(n => n with
        {
            RequiredSkills = ["neonatal care", "training of trainers", "paediatric care", "hospital logistics"],
            Window = new DateRange(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 20)),
        }).Build();
        var expert = new ProfileBuilder("E-1")
            .Skills("neonatal care", "training of trainers", "paediatric care")
            .Languages(new LanguageSkill("fr", "C1"))
            .Available(new DateRange(new DateOnly(2027, 2, 1), new DateOnly(2027, 3, 17)))
            .Build();

        var features = Extract(need, expert);
        var reasons = ReasonWriter.Write(features);

        Assert.Equal(0.75f, features[FeatureSchema.RequiredSkillCoverage]);
        Assert.Equal(0.85f, features[FeatureSchema.AvailabilityShare], 3);
        Assert.Contains("covers 3 of 4 required skills", reasons);
        Assert.Contains("speaks French C1 (B2 required)", reasons);
        Assert.Contains("available for 85% of the window", reasons);
        Assert.DoesNotContain("lacks 1 of 4 required skills", reasons); // "covers 3 of 4" says it already
    }

    [Fact]
    public void Extract_OverlappingAvailabilityRanges_CountEachDayOnce()
    {
        var need = new NeedBuilder("N-1").With(n => n with { Window = new DateRange(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 10)) }).Build();
        var expert = new ProfileBuilder("E-1")
            .Available(new DateRange(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 5)), new DateRange(new DateOnly(2027, 3, 3), new DateOnly(2027, 3, 6)))
            .Build();

        Assert.Equal(0.6f, Extract(need, expert)[FeatureSchema.AvailabilityShare], 3);
    }

    [Fact]
    public void Extract_RelatedOccupationAndEssentialSkills_CreditedThroughTaxonomy()
    {
        var need = new NeedBuilder("N-1").Build(); // occupation: neonatal nurse
        var expert = new ProfileBuilder("E-1").Skills("neonatal care", "training of trainers").Build(); // occupation: nurse

        var features = Extract(need, expert);

        Assert.Equal(0.7f, features[FeatureSchema.OccupationMatch]);
        Assert.Equal(1.5f / 5, features[FeatureSchema.OccupationSkillFit], 3);
        Assert.Contains("works in a closely related occupation", ReasonWriter.Write(features, max: 10));
    }

    [Fact]
    public void Extract_MissingLanguageAndTooFewYears_AreStatedAsShortfalls()
    {
        var need = new NeedBuilder("N-1").With(n => n with { RequiredLanguages = [new LanguageSkill("ar", "B1")], MinYearsExperience = 8 }).Build();
        var expert = new ProfileBuilder("E-1").Skills("neonatal care").With(p => p with { YearsExperience = 6 }).Build();

        var reasons = ReasonWriter.Write(Extract(need, expert), max: 10);

        Assert.Contains("does not speak Arabic", reasons);
        Assert.Contains("has 6 years of experience (8 required)", reasons);
    }

    [Fact]
    public void Explain_FarTooFewYears_ListedLastReasonFirstWithoutRepeatingTheShortfall()
    {
        var need = new NeedBuilder("N-1").With(n => n with { MinYearsExperience = 8 }).Build();
        var expert = new ProfileBuilder("E-1").Skills("neonatal care").With(p => p with { YearsExperience = 3 }).Build();

        var reasons = ReasonWriter.Explain(Extract(need, expert), max: 10);

        Assert.Equal("eligibility.experience", reasons[0].Code);
        Assert.Equal(("3", "8", "2"), (reasons[0].Args["years"], reasons[0].Args["required"], reasons[0].Args["tolerance"]));
        Assert.DoesNotContain(reasons, r => r.Code == "experience.below");
    }

    [Fact]
    public void Schema_NamesAndBaselineWeights_AlignOneToOne()
    {
        Assert.Equal(FeatureSchema.Count, BaselineRanker.Weights.Count);
        Assert.Equal(FeatureSchema.Count, FeatureSchema.Names.Distinct().Count());
        Assert.Equal("requiredSkillCoverage", FeatureSchema.Names[FeatureSchema.RequiredSkillCoverage]);
        Assert.Equal("conceptOverlap", FeatureSchema.Names[FeatureSchema.ConceptOverlap]);
    }

    private MatchFeatures Extract(Needs.Need need, ExpertProfile expert)
    {
        var facts = SearchHarness.Facts(_taxonomy);
        return new FeatureExtractor(_taxonomy).Extract(facts.ForNeed(need, _taxonomy.ForNeed(need)), facts.ForProfile(expert, _taxonomy.ForProfile(expert)), 0.5f);
    }
}
