using DiasporaMatch.Reference;

namespace DiasporaMatch.Sample;

public sealed class SampleSupportTests
{
    [Fact]
    public void KindOf_EverySamplePhrase_ReadsAsTheSameKindThroughTheBundledVocabulary()
    {
        // The scorer must be able to see what the hidden fit rewards, or the learned model has no signal.
        foreach (var phrase in SampleSupport.Offered.Concat(SampleSupport.Wanted).Where(p => p != "technology transfer"))
        {
            Assert.Equal([SampleSupport.KindOf(phrase)], SupportVocabulary.Bundled.KindsOf(phrase).Select(k => k.Id));
        }
    }

    [Fact]
    public void Share_WantedKinds_CountsMeaningsNotPhrases()
    {
        Assert.Equal(1.0, SampleSupport.Share(["accès au foncier", "toegang tot grond"], ["land access"]));
        Assert.Equal(0.5, SampleSupport.Share(["mentoring", "technology transfer"], ["mentoring", "tax incentives"]));
        Assert.Equal(0.5, SampleSupport.Share(null, ["mentoring"]));
        Assert.Equal(0.0, SampleSupport.Share(["incubator"], ["export support"]));
    }
}
