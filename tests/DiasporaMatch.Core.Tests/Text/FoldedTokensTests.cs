namespace DiasporaMatch.Text;

public sealed class FoldedTokensTests
{
    [Theory]
    [InlineData("Accès aux Marchés", "acce marche")]
    [InlineData("ACCES AU MARCHE", "acce marche")]
    [InlineData("co-financing", "co financing")]
    [InlineData("toegang tot de grond", "toegang grond")]
    [InlineData("الولوج إلى العقار", "ولوج عقار")]
    [InlineData("مساعدة إدارية", "مساعده اداريه")]
    public void Of_Phrase_FoldsCaseAccentsArabicVariantsAndStopWords(string phrase, string expected)
    {
        Assert.Equal(expected.Split(' '), FoldedTokens.Of(phrase));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" - / ")]
    [InlineData("de la")]
    public void Of_NothingComparable_IsEmpty(string? phrase)
    {
        Assert.Empty(FoldedTokens.Of(phrase));
    }
}
