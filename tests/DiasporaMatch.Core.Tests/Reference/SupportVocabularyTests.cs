namespace DiasporaMatch.Reference;

public sealed class SupportVocabularyTests
{
    private static readonly SupportVocabulary Vocabulary = SupportVocabulary.Bundled;

    [Theory]
    [InlineData("land access", "land")]
    [InlineData("Accès au foncier", "land")]
    [InlineData("toegang tot grond", "land")]
    [InlineData("الولوج إلى العقار", "land")]
    [InlineData("co-financing", "financing")]
    [InlineData("coaching", "mentoring")]
    [InlineData("accompagnement administratif", "administrative")]
    [InlineData("help with permits", "administrative")]
    [InlineData("Avantages fiscaux", "tax")]
    [InlineData("حاضنة", "incubation")]
    [InlineData("accès aux marchés", "export")]
    [InlineData("formation du personnel", "training")]
    [InlineData("mise en relation avec des partenaires", "network")]
    public void KindsOf_PhraseInAnyLanguage_IsItsKind(string phrase, string kind)
    {
        Assert.Equal([kind], Vocabulary.KindsOf(phrase).Select(k => k.Id));
    }

    [Theory]
    [InlineData("technology transfer")]
    [InlineData("access")]
    [InlineData("")]
    public void KindsOf_NoKnownKind_IsEmpty(string phrase)
    {
        Assert.Empty(Vocabulary.KindsOf(phrase));
    }

    [Fact]
    public void Bundled_EveryKind_HasLabelsInTheFourLanguages()
    {
        Assert.InRange(Vocabulary.Kinds.Count, 8, 12);
        Assert.All(Vocabulary.Kinds, k => Assert.Equal(["ar", "en", "fr", "nl"], k.Labels.Keys.Order(StringComparer.Ordinal)));
        Assert.Equal("land access", Vocabulary.Kinds.Single(k => k.Id == "land").Name);
    }

    [Fact]
    public void Bundled_EveryLabel_NamesOnlyItsOwnKind()
    {
        // A label that another kind's label also covers would make a phrase two kinds at once.
        foreach (var kind in Vocabulary.Kinds)
        {
            foreach (var label in kind.Labels.Values.SelectMany(l => l))
            {
                Assert.Equal([kind.Id], Vocabulary.KindsOf(label).Select(k => k.Id));
            }
        }
    }
}
