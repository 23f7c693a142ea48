namespace DiasporaMatch.Taxonomy;

public sealed class LabelSimilarityTests
{
    [Theory]
    [InlineData("blacksmith", "blakcsmith", true)] // neighbours swapped
    [InlineData("blacksmith", "blacksmth", true)] // a letter dropped
    [InlineData("mechanic", "mechannic", true)] // a letter doubled
    [InlineData("mecanique", "mucanique", true)] // a letter replaced
    [InlineData("engineer", "engineer", true)]
    [InlineData("blacksmith", "blksmith", false)] // two letters dropped
    [InlineData("engineer", "engineers2", false)] // two letters added
    [InlineData("nurse", "purse", true)]
    [InlineData("cook", "book", false)] // under five letters: too many short words are one slip apart
    [InlineData("actor", "acts", false)]
    [InlineData("abcdef", "badcef", false)] // two separate swaps
    public void OneEditApart_WordPairs_ToleratesOneSlipInLongWords(string a, string b, bool expected)
    {
        Assert.Equal(expected, LabelSimilarity.OneEditApart(a, b));
        Assert.Equal(expected, LabelSimilarity.OneEditApart(b, a));
    }

    [Fact]
    public void Dice_TypoInOneWord_CountsTheWordAsShared()
    {
        Assert.Equal(1.0, LabelSimilarity.Dice(["heritage", "blakcsmith"], ["heritage", "blacksmith"]));
        Assert.Equal(0.5, LabelSimilarity.Dice(["heritage", "blakcsmith"], ["heritage", "plasterer"]));
    }

    [Fact]
    public void Dice_TwoSlipsOfOneWord_ShareItOnce()
    {
        Assert.Equal(2.0 / 3, LabelSimilarity.Dice(["managr", "manger"], ["manager"]), 10);
    }

    [Fact]
    public void Dice_LabelRepeatsAWord_CountsItOnce()
    {
        // "nurse" against "nurse nurse": one distinct word each side.
        Assert.Equal(1.0, LabelSimilarity.Dice(["nurse"], ["nurse", "nurse"]));
        Assert.Equal(2.0 / 3, LabelSimilarity.Dice(["nurse", "night"], ["nurse", "nurse"]), 10);
    }

    [Fact]
    public void Dice_NoWords_IsZero()
    {
        Assert.Equal(0, LabelSimilarity.Dice([], ["manager"]));
    }

    [Fact]
    public void WeightShare_RepeatedAndMissingWords_CountEachDistinctWordOnce()
    {
        var weights = new Dictionary<string, double> { ["senior"] = 1, ["nurse"] = 3, ["night"] = 2 };

        var share = LabelSimilarity.WeightShare(["senior", "nurse", "nurse", "night"], ["nurse", "ward"], w => weights[w]);

        Assert.Equal(3.0 / 6.0, share, 12);
    }

    [Fact]
    public void WeightShare_TypoIsNotTheSameWord_AndNoWordsIsZero()
    {
        Assert.Equal(0, LabelSimilarity.WeightShare(["blakcsmith"], ["blacksmith"], _ => 1));
        Assert.Equal(0, LabelSimilarity.WeightShare([], ["nurse"], _ => 1));
    }
}
