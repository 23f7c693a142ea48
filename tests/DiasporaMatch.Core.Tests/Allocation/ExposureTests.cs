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

    [Fact]
    public void Skew_OneCountryHoldsEveryRow_ItsShareOverThePoolsAndTheOthersHalfARow()
    {
        var country = new Dictionary<string, string> { ["E-1"] = "NL", ["E-2"] = "NL", ["E-3"] = "FR", ["E-4"] = "BE" };

        var skew = Exposure.Skew("countryOfResidence", TwoExpertsTwiceEach, ["E-1", "E-2", "E-3", "E-4"], country)!;

        // Rows: E-3 (FR) twice, E-4 (BE) twice; pool: NL 2/4, FR 1/4, BE 1/4. NL has no row: half a row of 4.
        Assert.Equal(("NL", Math.Round(Math.Log(0.5 / 4 / 0.5), 4)), (skew.MinValue, skew.Min));
        Assert.Equal(("BE", Math.Round(Math.Log(0.5 / 0.25), 4)), (skew.MaxValue, skew.Max));
    }

    [Fact]
    public void Skew_NobodyDeclared_IsNull() =>
        Assert.Null(Exposure.Skew("gender", TwoExpertsTwiceEach, ["E-1", "E-2", "E-3", "E-4"], new Dictionary<string, string>()));
}
