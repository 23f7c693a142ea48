namespace DiasporaMatch.Taxonomy;

public sealed class TitleNoiseTests
{
    private static readonly string[] Labels = ["infirmier en soins généraux", "software developer", "verpleegkundige", "chef de projet informatique"];

    [Fact]
    public void Apply_SameSeed_SameText()
    {
        Assert.Equal(Run(11), Run(11));
        Assert.NotEqual(Run(11), Run(12));
    }

    [Fact]
    public void Apply_AnyLabel_NeverReturnsItVerbatim()
    {
        var noise = new TitleNoise(3);
        for (var i = 0; i < 500; i++)
        {
            var label = Labels[i % Labels.Length];
            Assert.NotEqual(label, noise.Apply(label, i % 2 == 0 ? "fr" : "en", ConceptKind.Occupation));
        }
    }

    [Fact]
    public void Apply_Skill_NoOccupationMarkers()
    {
        var noise = new TitleNoise(5);
        var texts = Enumerable.Range(0, 300).Select(_ => noise.Apply("gérer une équipe", "fr", ConceptKind.Skill)).ToArray();
        Assert.DoesNotContain(texts, t => t.Contains("H/F", StringComparison.OrdinalIgnoreCase) || t.Contains("CDI", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(texts, t => t != "gérer une équipe");
    }

    private static string[] Run(int seed)
    {
        var noise = new TitleNoise(seed);
        return Labels.Select(l => noise.Apply(l, "fr", ConceptKind.Occupation, "autre titre")).ToArray();
    }
}
