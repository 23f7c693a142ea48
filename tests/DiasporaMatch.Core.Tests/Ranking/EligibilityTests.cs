namespace DiasporaMatch.Ranking;

public sealed class EligibilityTests
{
    [Theory]
    [InlineData(null, 0, true)]
    [InlineData(5, null, true)]
    [InlineData(5, 5, true)]
    [InlineData(5, 3, true)]
    [InlineData(5, 2, false)]
    [InlineData(1, 0, true)]
    public void MeetsExperience_YearsAgainstMinimum_ToleratesTwoYearsShort(int? minimum, int? years, bool expected) =>
        Assert.Equal(expected, Eligibility.MeetsExperience(minimum, years));

    [Fact]
    public void Rank_IneligibleWithHigherScore_ComesAfterEveryEligible()
    {
        double[] scores = [0.9, 0.1, 0.8, 0.5];
        bool[] eligible = [false, true, false, true];

        var ranked = Eligibility.Rank(scores, eligible, 4, (a, b) => a.CompareTo(b));

        Assert.Equal([3, 1, 0, 2], ranked);
    }
}
