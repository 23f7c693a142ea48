namespace DiasporaMatch.Ranking;

public sealed class TopRankedTests
{
    [Theory]
    [InlineData(0, 20)]
    [InlineData(5, 20)]
    [InlineData(1000, 20)]
    [InlineData(1000, 0)]
    [InlineData(300, 300)]
    public void Indices_RandomScoresWithTies_SameAsStableSortThenTake(int count, int top)
    {
        var random = new Random(count + top);
        var scores = Enumerable.Range(0, count).Select(_ => (double)random.Next(0, 40)).ToArray(); // many ties
        var second = Enumerable.Range(0, count).Select(_ => random.Next(0, 3)).ToArray();

        var expected = Enumerable.Range(0, count).OrderByDescending(i => scores[i]).ThenBy(i => second[i]).Take(top).ToArray();
        var actual = TopRanked.Indices(count, top, (a, b) => scores[b].CompareTo(scores[a]) is var c and not 0 ? c : second[a].CompareTo(second[b]));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Indices_NaNScores_RankLastAsLinqDoes()
    {
        double[] scores = [1, double.NaN, 3, 2];

        var actual = TopRanked.Indices(scores.Length, 4, (a, b) => scores[b].CompareTo(scores[a]));

        Assert.Equal(Enumerable.Range(0, 4).OrderByDescending(i => scores[i]).ToArray(), actual);
    }

    [Fact]
    public void ByScore_EqualScores_OrderedByTies()
    {
        double[] scores = [2, 5, 2, double.NaN, 5];
        string[] ids = ["c", "b", "a", "d", "a"];

        var actual = TopRanked.ByScore(scores, 4, (a, b) => string.CompareOrdinal(ids[a], ids[b]));

        Assert.Equal([4, 1, 2, 0], actual);
    }
}
