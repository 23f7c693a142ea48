namespace DiasporaMatch.Allocation;

public sealed class ExposureTests
{
    private static readonly AllocationPlan TwoExpertsTwiceEach = new(
        [new("N-1", "E-3", 1), new("N-2", "E-3", 1), new("N-3", "E-4", 1), new("N-4", "E-4", 1)], 4, 4, true, []);

    [Fact]
    public void Gini_HalfThePoolHoldsEverything_IsOneHalf() =>
        Assert.Equal(0.5, Exposure.Gini(TwoExpertsTwiceEach, ["E-1", "E-2", "E-3", "E-4"]), 6);

    [Fact]
    public void Gini_EvenRows_IsZero() =>
        Assert.Equal(0, Exposure.Gini(TwoExpertsTwiceEach, ["E-3", "E-4"]), 6);

    [Fact]
    public void Coverage_TwoOfFourInThePlan_IsOneHalf() =>
        Assert.Equal(0.5, Exposure.Coverage(TwoExpertsTwiceEach, ["E-1", "E-2", "E-3", "E-4"]), 6);
}
