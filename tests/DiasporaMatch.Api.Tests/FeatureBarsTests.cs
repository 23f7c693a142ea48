using System.Text.Json;
using DiasporaMatch.Ranking;

namespace DiasporaMatch.Api;

public sealed class FeatureBarsTests
{
    [Fact]
    public void Write_FullVector_IsTheNamedRoundedObjectInSchemaOrder()
    {
        var values = Enumerable.Range(0, FeatureSchema.Count).Select(i => i / 7f).ToArray();

        var written = JsonSerializer.Serialize(new { features = new FeatureBars(values) });

        var expected = JsonSerializer.Serialize(new { features = FeatureSchema.Names.Zip(values).ToDictionary(f => f.First, f => Math.Round(f.Second, 4)) });
        Assert.Equal(expected, written);
        Assert.Contains($"\"{FeatureSchema.Names[1]}\":0.1429", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_VectorShorterThanTheSchema_WritesTheValuesItHas()
    {
        var written = JsonSerializer.Serialize(new FeatureBars([0.5f, 0.25f]));

        Assert.Equal($"{{\"{FeatureSchema.Names[0]}\":0.5,\"{FeatureSchema.Names[1]}\":0.25}}", written);
    }
}
