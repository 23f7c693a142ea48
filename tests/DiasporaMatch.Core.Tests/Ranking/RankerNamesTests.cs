namespace DiasporaMatch.Ranking;

public sealed class RankerNamesTests
{
    [Theory]
    [InlineData("bm25", true)]
    [InlineData("baseline", true)]
    [InlineData("model", true)]
    [InlineData("Model", false)]
    [InlineData("", false)]
    public void IsKnown_Name_OnlyTheThreeRankers(string name, bool known) => Assert.Equal(known, RankerNames.IsKnown(name));

    [Fact]
    public void FallbackNote_ModelServedByBaseline_SaysSoAndNothingOtherwise()
    {
        Assert.Equal("no trained model is available; ranked with baseline", RankerNames.FallbackNote(RankerNames.Model, RankerNames.Baseline));
        Assert.Null(RankerNames.FallbackNote(RankerNames.Model, RankerNames.Model));
        Assert.Null(RankerNames.FallbackNote(RankerNames.Bm25, RankerNames.Bm25));
    }
}
