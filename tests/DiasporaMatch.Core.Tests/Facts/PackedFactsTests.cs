using System.Runtime.CompilerServices;
using DiasporaMatch.Facts;
using DiasporaMatch.Profiles;

namespace DiasporaMatch.Facts;

public sealed class PackedFactsTests
{
    private static readonly ExpertFacts Facts = new()
    {
        Id = "E-1",
        Consent = true,
        RemoteOk = false,
        Years = 7,
        Languages = [new LanguageFact("fr", "B2", 3), new LanguageFact("nl", "native", 6)],
        Availability = [new DateRange(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 31))],
        Regions = ["MA-01", "MA-04"],
        Sectors = ["health"],
        Skills = [new SkillFact("neonatal care", "urn:p:b", ["neonatal", "care"]), new SkillFact("triage", null, ["triage"])],
        SkillUris = ["urn:p:b"],
        Expanded = ["urn:p:a", "urn:p:b"],
        OccupationUri = "urn:p:o",
        OccupationTokens = ["nurse"],
    };

    [Fact]
    public void Of_Facts_EverySectionAsPacked()
    {
        var packed = Facts.Packed;

        Assert.True(packed.Consent);
        Assert.False(packed.RemoteOk);
        Assert.True(packed.AnyUnresolved);
        Assert.Equal(7, packed.Years);
        Assert.Equal(ConceptIds.Of("urn:p:o"), packed.Occupation);
        Assert.Equal([ConceptIds.Of("urn:p:b")], packed.Skills.ToArray());
        Assert.Equal(ConceptIds.SortedOf(["urn:p:a", "urn:p:b"]), packed.Expanded.ToArray());
        Assert.Equal([CodeIds.Of("fr"), 3, CodeIds.Of("nl"), 6], packed.Languages.ToArray());
        Assert.Equal([new DateOnly(2027, 3, 1).DayNumber, new DateOnly(2027, 3, 31).DayNumber], packed.Availability.ToArray());
        Assert.Equal([CodeIds.Of("MA-01"), CodeIds.Of("MA-04")], packed.Regions.ToArray());
        Assert.Equal([PackedFacts.Hash("nurse")], packed.OccupationTokens.ToArray());
        Assert.Equal(2, packed.SkillFactCount);
    }

    [Fact]
    public void PhraseWords_EachPhrase_ItsOwnWordsAndWhetherResolved()
    {
        var packed = Facts.Packed;

        Assert.True(packed.PhraseResolved(0));
        Assert.False(packed.PhraseResolved(1));
        Assert.Equal(["neonatal", "care"], packed.PhraseWords(0).ToArray());
        Assert.Equal(["triage"], packed.PhraseWords(1).ToArray());
    }

    [Fact]
    public void Packed_DecodedFactsDropped_TheyAreCollected()
    {
        // A profile index keeps only the packed facts: they must not hold the larger decoded facts alive.
        var (packed, decoded) = PackDecoded();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(decoded.TryGetTarget(out _));
        Assert.Equal("E-1", packed.Id);
        Assert.Equal("nl", packed.LanguageFacts[1].Code);
    }

    [Fact]
    public void Speaks_LevelBelowRequired_False()
    {
        var packed = Facts.Packed;

        Assert.True(packed.Speaks("fr", CodeIds.Of("fr"), 3));
        Assert.False(packed.Speaks("fr", CodeIds.Of("fr"), 4));
        Assert.True(packed.Speaks("nl", CodeIds.Of("nl"), -1));
        Assert.False(packed.Speaks("ar", CodeIds.Of("ar"), -1));
    }

    [Fact]
    public void LanguageAt_CodeWithoutId_ComparedByString()
    {
        // Id 0 is what a full code table hands out: the strings decide then.
        Assert.Equal(1, Facts.Packed.LanguageAt("nl", 0, 6));
        Assert.Equal(-1, Facts.Packed.LanguageAt("ar", 0, -1));
    }

    [Fact]
    public void AvailableWithin_TouchingAndDisjointWindows()
    {
        var march31 = new DateOnly(2027, 3, 31).DayNumber;

        Assert.True(Facts.Packed.AvailableWithin(march31, march31 + 10));
        Assert.False(Facts.Packed.AvailableWithin(march31 + 1, march31 + 10));
    }

    [Fact]
    public void InRegionAndSector_ByIdOrString()
    {
        Assert.True(Facts.Packed.InRegion("MA-04", CodeIds.Of("MA-04")));
        Assert.False(Facts.Packed.InRegion("MA-05", CodeIds.Of("MA-05")));
        Assert.True(Facts.Packed.InRegion("MA-04", 0));
        Assert.True(Facts.Packed.InSector("health", CodeIds.Of("health")));
    }

    [Fact]
    public void Packed_CopyWithOtherFacts_PacksItsOwn()
    {
        _ = Facts.Packed;

        var copy = Facts with { Consent = false, Regions = [] };

        Assert.False(copy.Packed.Consent);
        Assert.Empty(copy.Packed.Regions.ToArray());
        Assert.True(Facts.Packed.Consent);
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // so no local of this frame keeps the decoded facts reachable
    private static (PackedFacts Packed, WeakReference<ExpertFacts> Decoded) PackDecoded()
    {
        var decoded = FactsCodec.Decode<ExpertFacts>(FactsCodec.Encode(Facts));
        return (decoded.Packed, new WeakReference<ExpertFacts>(decoded));
    }
}
