namespace DiasporaMatch.Taxonomy;

public sealed class QueryTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("  a \t b\n", "a b")]
    [InlineData("\u200Fنجار\u200E", "نجار")]
    [InlineData("ＡＢＣ", "ABC")]
    [InlineData("a AND (b:c*)", "a AND (b:c*)")]
    public void Clean_Input_IsSafeAndUninterpreted(string? input, string expected)
    {
        Assert.Equal(expected, QueryText.Clean(input));
    }

    [Fact]
    public void Clean_LoneSurrogates_BecomeSpaces()
    {
        // Built in code: xunit's data serialisation would replace lone surrogates before the test sees them.
        Assert.Equal("ab cd", QueryText.Clean("ab" + '\uD800' + "cd"));
        Assert.Equal("ab", QueryText.Clean('\uDC00' + "ab" + '\uDBFF'));
    }

    [Fact]
    public void Clean_LongText_CutAtWordBoundary()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 20_000));
        var cleaned = QueryText.Clean(text);
        Assert.InRange(cleaned.Length, QueryText.MaxChars / 2, QueryText.MaxChars);
        Assert.EndsWith("word", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_LongTextWithSurrogatePairs_NeverSplitsAPair()
    {
        var cleaned = QueryText.Clean(string.Concat(Enumerable.Repeat("😀", 1_000)));
        Assert.False(char.IsHighSurrogate(cleaned[^1]));
    }
}
