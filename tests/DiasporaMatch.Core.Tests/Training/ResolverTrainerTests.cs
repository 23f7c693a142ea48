using DiasporaMatch.Taxonomy;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Training;

[Collection(EscoCollection.Name)]
public sealed class ResolverTrainerTests(EscoFixture esco)
{
    [Fact]
    public void TrainAndSave_TrainSplit_GiveACompiledModelTheResolverLoads()
    {
        var dev = ResolverDevSet.Create(esco.Taxonomy, perLanguage: 20);

        var (model, queries) = ResolverTrainer.Train(dev, perLanguage: 60);

        Assert.True(model.IsCompiled);
        Assert.Equal(ResolverFeatures.Count, model.FeatureCount);
        Assert.True(queries > 60, $"{queries} queries: expected both the removed-label and preferred-label queries");
        using var folder = new TempFolder();
        ResolverTrainer.Save(folder.Path, model, queries, new Dictionary<string, double>());
        using var resolver = new ConceptResolver(dev.Taxonomy, ResolverModel.Load(folder.Path));
        Assert.NotEmpty(resolver.Resolve("software tester", ConceptKind.Occupation, "en"));
    }
}
