namespace DiasporaMatch.Taxonomy;

public sealed class LabelListsTests
{
    [Theory]
    [InlineData("a\nb\r\nc", new[] { "a", "b", "c" })]
    [InlineData("a | b", new[] { "a", "b" })]
    [InlineData("", new string[0])]
    public void Split_NewlinesOrPipes_GiveLabels(string cell, string[] expected)
    {
        Assert.Equal(expected, LabelLists.Split(cell));
    }

    [Theory]
    [InlineData("directeur technique/directrice technique", new[] { "directeur technique", "directrice technique" })]
    [InlineData("Ingenieur/Ingenieurin", new[] { "Ingenieur", "Ingenieurin" })]
    [InlineData("nurse", new string[0])]
    [InlineData("a/b/c", new string[0])]
    [InlineData("/x", new string[0])]
    public void GenderedForms_Title_GivesHalves(string label, string[] expected)
    {
        Assert.Equal(expected, LabelLists.GenderedForms(label));
    }

    [Theory]
    [InlineData("manager/ster internationale handel", new[] { "manager internationale handel", "ster internationale handel" })]
    [InlineData("vendeur/vendeuse en magasin", new[] { "vendeur en magasin", "vendeuse en magasin" })]
    [InlineData("verkoopmedewerker audio/video", new[] { "verkoopmedewerker audio", "verkoopmedewerker video" })]
    [InlineData("directeur technique/directrice technique", new[] { "directeur technique", "directrice technique" })]
    [InlineData("infirmier/infirmière", new[] { "infirmier", "infirmière" })]
    [InlineData("TCP/IP/UDP", new string[0])]
    public void WrittenForms_Title_GivesHalvesWithTheWordsOfBoth(string title, string[] expected)
    {
        Assert.Equal(expected, LabelLists.WrittenForms(title));
    }
}
