using Lucene.Net.Util;

namespace DiasporaMatch.Search;

public sealed class SampledFloorTests
{
    [Fact]
    public void Estimate_ShuffledScores_AboutTwiceTopReachIt()
    {
        var sums = Shuffled(100_000, seed: 3);
        var all = Accepting(sums.Length);

        var floor = SampledFloor.Estimate(sums, sums.Length, all.GetBits(), all, top: 1_000);

        Assert.InRange(sums.Count(s => s >= floor), 1_500, 2_600);
    }

    [Fact]
    public void Estimate_TooFewAcceptedInTheSample_Zero()
    {
        var sums = Shuffled(1_000, seed: 4);
        var all = Accepting(sums.Length);

        // 63 sampled documents cannot stand for the best 1,000.
        Assert.Equal(0, SampledFloor.Estimate(sums, sums.Length, all.GetBits(), all, top: 1_000));
    }

    [Fact]
    public void Estimate_RejectedDocuments_NotSampled()
    {
        var sums = Shuffled(10_000, seed: 5);
        var everyOther = Accepting(sums.Length, doc => doc % 32 == 0);

        var floor = SampledFloor.Estimate(sums, sums.Length, everyOther.GetBits(), everyOther, top: 10);

        Assert.Equal(floor, sums.Where((_, doc) => doc % 32 == 0).OrderDescending().ElementAt(1)); // 2·10/16 rounds up to 2
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Collect_AcceptedAtOrAboveTheFloor_AllInOrder(bool asWords)
    {
        var sums = Shuffled(1_003, seed: 6); // not a multiple of the vector width: the tail is walked too
        sums[17] = 900.5f;
        sums[1_001] = 950f;
        var accepted = Accepting(sums.Length, doc => doc % 3 != 0);

        var reached = SampledFloor.Collect(sums, sums.Length, asWords ? accepted.GetBits() : null, accepted, floor: 900.5f).ToArray();

        var expected = Enumerable.Range(0, sums.Length).Where(d => sums[d] >= 900.5f && d % 3 != 0).ToArray();
        Assert.Contains(17, expected);
        Assert.Contains(1_001, expected); // past the last whole vector
        Assert.Equal(expected, reached);
    }

    [Fact]
    public void Collect_NegativeZeroAndNaN_NeverReachAPositiveFloor()
    {
        float[] sums = [float.NaN, -0f, 0f, 2f, float.NaN, 1f, 0.5f, 3f, float.PositiveInfinity];
        var all = Accepting(sums.Length);

        Assert.Equal([3, 5, 7, 8], SampledFloor.Collect(sums, sums.Length, all.GetBits(), all, floor: 1f).ToArray());
    }

    private static float[] Shuffled(int count, int seed)
    {
        var sums = Enumerable.Range(1, count).Select(i => (float)i).ToArray();
        new Random(seed).Shuffle(sums);
        return sums;
    }

    private static FixedBitSet Accepting(int count, Func<int, bool>? which = null)
    {
        var bits = new FixedBitSet(count);
        for (var doc = 0; doc < count; doc++)
        {
            if (which?.Invoke(doc) ?? true)
            {
                bits.Set(doc);
            }
        }

        return bits;
    }
}
