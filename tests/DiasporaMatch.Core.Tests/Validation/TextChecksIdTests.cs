namespace DiasporaMatch.Validation;

public sealed class TextChecksIdTests
{
    public static TheoryData<string> ControlCharacters() => new(Enumerable.Range(0, 0x20).Append(0x7F).Select(c => ((char)c).ToString()));

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    public void IsValidId_ControlCharacterBeforeOrAfter_IsRefused(string control)
    {
        Assert.False(TextChecks.IsValidId("A-EVIL" + control));
        Assert.False(TextChecks.IsValidId(control + "A-EVIL"));
        Assert.NotNull(TextChecks.CheckId("A-EVIL" + control));
    }

    [Fact]
    public void IsValidId_FinalNewline_IsRefused()
    {
        // "$" matches before a final newline; the pattern ends with \z.
        Assert.False(TextChecks.IsValidId("A-EVIL\n"));
        Assert.True(TextChecks.IsValidId("A-EVIL"));
    }
}
