namespace DiasporaMatch.Search;

public sealed class RetrievalScoresTests
{
    [Fact]
    public void Best_SeveralScores_TheHighest()
    {
        Candidate<string>[] candidates = [new("a", 0.5f), new("b", 2.25f), new("c", 1f)];

        Assert.Equal(2.25f, RetrievalScores.Best<string>(candidates));
    }

    [Fact]
    public void Best_NoPositiveScore_SmallestPositiveFloat()
    {
        Assert.Equal(float.Epsilon, RetrievalScores.Best<string>([]));
        Assert.Equal(float.Epsilon, RetrievalScores.Best<string>([new("a", 0f)])); // a divisor, never zero
    }
}
