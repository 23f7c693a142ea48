namespace DiasporaMatch.Search;

public sealed class ZeroedSumsTests
{
    [Fact]
    public void Take_AfterGive_ReusesTheArrayOnThisThread()
    {
        var first = ZeroedSums.Take(1_000);
        ZeroedSums.Give(first);

        var again = ZeroedSums.Take(900);

        Assert.Same(first, again);
        ZeroedSums.Give(again);
    }

    [Fact]
    public void Take_WhileTaken_GivesAnotherZeroedArray()
    {
        var outer = ZeroedSums.Take(100);
        outer[3] = 1;

        var inner = ZeroedSums.Take(100);

        Assert.NotSame(outer, inner);
        Assert.All(inner, value => Assert.Equal(0f, value));
        outer[3] = 0;
        ZeroedSums.Give(inner);
        ZeroedSums.Give(outer);
    }

    [Fact]
    public void Take_LongerThanHeld_GivesALongEnoughArray()
    {
        ZeroedSums.Give(new float[10]);

        var longer = ZeroedSums.Take(50);

        Assert.True(longer.Length >= 50);
        ZeroedSums.Give(longer);
    }
}
