namespace DiasporaMatch.Text;

public sealed class TextCleanerTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("  a \t b\n", "a b")]
    [InlineData("\u200Fنجار\u200E", "نجار")]
    [InlineData("ＡＢＣ", "ABC")]
    [InlineData("a AND (b:c*)", "a AND (b:c*)")]
    public void Clean_Input_IsSafeAndUninterpreted(string? input, string expected)
    {
        Assert.Equal(expected, TextCleaner.Clean(input, CleanMode.Phrase));
    }

    [Fact]
    public void Clean_LoneSurrogates_BecomeSpaces()
    {
        // Built in code: xunit's data serialisation would replace lone surrogates before the test sees them.
        Assert.Equal("ab cd", TextCleaner.Clean("ab" + '\uD800' + "cd", CleanMode.Phrase));
        Assert.Equal("ab", TextCleaner.Clean('\uDC00' + "ab" + '\uDBFF', CleanMode.Phrase));
    }

    [Fact]
    public void Clean_LongText_CutAtWordBoundary()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 20_000));
        var cleaned = TextCleaner.Clean(text, CleanMode.Phrase);
        Assert.InRange(cleaned.Length, TextCleaner.MaxPhraseChars / 2, TextCleaner.MaxPhraseChars);
        Assert.EndsWith("word", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_LongTextWithSurrogatePairs_NeverSplitsAPair()
    {
        var cleaned = TextCleaner.Clean(string.Concat(Enumerable.Repeat("😀", 1_000)), CleanMode.Phrase);
        Assert.False(char.IsHighSurrogate(cleaned[^1]));
    }

    [Theory]
    [InlineData("nurse* AND (doctor)", "nurse  AND  doctor ")]
    [InlineData("ingénieur:civil~2", "ingénieur civil 2")]
    [InlineData("a\u200Fb", "a b")]
    public void Clean_Words_KeepsOnlyLettersMarksAndDigits(string input, string expected)
    {
        Assert.Equal(expected, TextCleaner.Clean(input, CleanMode.Words));
    }

    [Fact]
    public void Clean_Words_CapsTheLength()
    {
        Assert.Equal(TextCleaner.MaxWordsChars, TextCleaner.Clean(new string('a', TextCleaner.MaxWordsChars + 10), CleanMode.Words).Length);
    }
}
