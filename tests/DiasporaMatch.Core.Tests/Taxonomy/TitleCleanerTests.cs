namespace DiasporaMatch.Taxonomy;

public sealed class TitleCleanerTests
{
    [Theory]
    [InlineData("Infirmier (H/F) CDI", "fr", new[] { "Infirmier", "Infirmier (H/F) CDI" })]
    [InlineData("senior dev", "en", new[] { "developer", "dev", "senior dev" })]
    [InlineData("Infirmier / Aide-soignant", "fr", new[] { "Infirmier / Aide-soignant", "Infirmier", "Aide-soignant" })]
    [InlineData("Policier / gardien de la paix", "fr", new[] { "Policier / gardien de la paix", "Policier", "gardien de la paix" })]
    [InlineData("vendeur/vendeuse rayon boucherie", "fr", new[] { "vendeur/vendeuse rayon boucherie", "vendeur rayon boucherie", "vendeuse rayon boucherie" })]
    [InlineData("kapper/ster Gent", "nl", new[] { "kapper Gent", "kapper/ster Gent" })]
    [InlineData("Dev - Lyon", "fr", new[] { "développeur - Lyon", "développeur", "Lyon" })]
    [InlineData("Infirmier / Aide-soignant (H/F) CDI", "fr", new[] { "Infirmier / Aide-soignant", "Infirmier", "Aide-soignant" })]
    public void Variants_Title_CleanedFirstThenAsWrittenOrParts(string title, string language, string[] expected)
    {
        Assert.Equal(expected, TitleCleaner.Variants(title, language));
    }

    [Theory]
    [InlineData("Responsable RH (H/F)", new[] { "Responsable RH", "Responsable RH (H/F)", "Responsable ressources humaines" })]
    [InlineData("vpk thuiszorg", new[] { "vpk thuiszorg", "verpleegkundige thuiszorg" })]
    [InlineData("Infirmier / Aide-soignant", new[] { "Infirmier / Aide-soignant", "Infirmier", "Aide-soignant" })]
    public void Variants_LanguageUnknown_EachLanguagesAbbreviationsSpelledOutLast(string title, string[] expected)
    {
        Assert.Equal(expected, TitleCleaner.Variants(title, null));
    }
}
