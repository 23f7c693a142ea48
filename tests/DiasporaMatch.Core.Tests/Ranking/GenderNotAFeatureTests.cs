using System.Reflection;
using DiasporaMatch.Facts;

namespace DiasporaMatch.Ranking;

/// <summary>A profile's self-declared gender is for monitoring only: nothing the rankers read about an expert can carry it.</summary>
public sealed class GenderNotAFeatureTests
{
    [Theory]
    [InlineData(typeof(ExpertFacts))]
    [InlineData(typeof(MatchFeatures))]
    public void RankerInputs_HaveNoGenderMember(Type type)
    {
        var members = type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Select(m => m.Name).ToList();

        Assert.NotEmpty(members);
        Assert.DoesNotContain(members, m => m.Contains("gender", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void FactsBuilder_ReadsNoGender()
    {
        // The one place a profile becomes what FeatureExtractor reads: its source must not touch the field.
        var source = File.ReadAllText(Path.Combine(TestSupport.RepoPaths.Root, "core", "DiasporaMatch.Core", "Facts", "FactsBuilder.cs"));
        var extractor = File.ReadAllText(Path.Combine(TestSupport.RepoPaths.Root, "core", "DiasporaMatch.Core", "Ranking", "FeatureExtractor.cs"));

        Assert.DoesNotContain("Gender", source + extractor, StringComparison.OrdinalIgnoreCase);
    }
}
