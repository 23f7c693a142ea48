using DiasporaMatch.Profiles;

namespace DiasporaMatch.Facts;

public sealed class SharedStringsTests
{
    private static ExpertFacts Facts(string id) => new()
    {
        Id = id,
        Country = "BE",
        Languages = [new LanguageFact("fr", "C1", 4)],
        Regions = ["MA-04"],
        Sectors = ["health"],
        Skills = [new SkillFact($"soins néonatals de {id}", "http://data.europa.eu/esco/skill/neonatal", ["soins", "neonatals"])],
        SkillUris = ["http://data.europa.eu/esco/skill/neonatal"],
        OccupationUri = "http://data.europa.eu/esco/occupation/nurse",
        OccupationTokens = ["nurse"],
        Expanded = ["http://data.europa.eu/esco/occupation/nurse", "http://data.europa.eu/esco/skill/neonatal"],
    };

    [Fact]
    public void Decode_TwoExperts_ShareOneInstanceOfEachUriAndCode()
    {
        var first = FactsCodec.Decode<ExpertFacts>(FactsCodec.Encode(Facts("E-1")));
        var second = FactsCodec.Decode<ExpertFacts>(FactsCodec.Encode(Facts("E-2")));

        Assert.Same(first.Expanded[1], second.Expanded[1]);
        Assert.Same(first.SkillUris[0], second.Skills[0].Uri);
        Assert.Same(first.OccupationUri, second.OccupationUri);
        Assert.Same(first.Country, second.Country);
        Assert.Same(first.Regions[0], second.Regions[0]);
        Assert.Same(first.Sectors[0], second.Sectors[0]);
        Assert.Same(first.Languages[0].Code, second.Languages[0].Code);
        Assert.Same(first.Skills[0].Tokens[1], second.Skills[0].Tokens[1]);
    }

    [Fact]
    public void Decode_NamesAndPhrases_AreNotPooled()
    {
        var decoded = FactsCodec.Decode<ExpertFacts>(FactsCodec.Encode(Facts("E-UNPOOLED-" + Guid.NewGuid().ToString("N"))));

        Assert.False(SharedStrings.Contains(decoded.Id));
        Assert.False(SharedStrings.Contains(decoded.Skills[0].Phrase));
    }

    [Fact]
    public void Decode_EncodedFacts_RoundTripsEveryValue()
    {
        var facts = Facts("E-3") with { Investment = new InvestmentInterest { Sectors = ["energy"], Regions = ["MA-01"] } };

        var decoded = FactsCodec.Decode<ExpertFacts>(FactsCodec.Encode(facts));

        Assert.Equal(FactsCodec.Encode(facts), FactsCodec.Encode(decoded));
        Assert.Equal(facts.Expanded, decoded.Expanded);
        Assert.Equal(facts.Skills[0].Tokens, decoded.Skills[0].Tokens);
        Assert.Equal(facts.Regions, decoded.Regions);
    }

    [Fact]
    public void Decode_EmptyAndLongValues_ReadAsWritten()
    {
        var longUri = "http://example.org/" + new string('x', 600);
        var facts = Facts("E-4") with { Expanded = [longUri], OccupationUri = null, Sectors = [] };

        var decoded = FactsCodec.Decode<ExpertFacts>(FactsCodec.Encode(facts));

        Assert.Equal([longUri], decoded.Expanded);
        Assert.Null(decoded.OccupationUri);
        Assert.Empty(decoded.Sectors);
    }
}
