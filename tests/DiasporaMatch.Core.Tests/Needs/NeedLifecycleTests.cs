namespace DiasporaMatch.Needs;

public sealed class NeedLifecycleTests
{
    private static readonly DateOnly Today = new(2027, 7, 1);

    [Theory]
    [InlineData("open", "2027-06-30", "expired")] // the window's last day was yesterday
    [InlineData("open", "2027-07-01", "open")] // today is still inside it
    [InlineData(null, "2027-01-31", "expired")]
    [InlineData("open", null, "open")] // no window, never expires
    [InlineData("filled", "2027-01-31", "filled")] // a final state stays what it is
    [InlineData("withdrawn", "2027-12-31", "withdrawn")]
    public void Effective_WindowAndStoredState_TheStateShown(string? stored, string? windowEnd, string expected)
    {
        Assert.Equal(expected, NeedLifecycle.Effective(stored, windowEnd is null ? null : DateOnly.Parse(windowEnd, System.Globalization.CultureInfo.InvariantCulture), Today));
    }

    [Theory]
    [InlineData("open", "filled", true)]
    [InlineData("open", "closed", true)]
    [InlineData(null, "withdrawn", true)]
    [InlineData("open", "open", false)]
    [InlineData("open", "expired", false)] // computed, never moved to
    [InlineData("filled", "closed", false)]
    [InlineData("closed", "withdrawn", false)]
    public void Refusal_FromTo_OnlyOpenMovesToAFinalState(string? stored, string to, bool allowed)
    {
        Assert.Equal(allowed, NeedLifecycle.Refusal(stored, to) is null);
    }
}
