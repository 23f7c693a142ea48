using System.Text.Json.Nodes;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Taxonomy;

public sealed class ResolverModelTests
{
    [Fact]
    public void Bundled_Loads_ReadingTheResolversFeatures()
    {
        var model = ResolverModel.Bundled;

        Assert.Equal(ResolverFeatures.Names, model.Description.Features);
        Assert.NotEmpty(model.Description.DevMrrAt10);
    }

    [Fact]
    public void Load_ModelOverOtherFeatures_IsRefusedNamingBoth()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(ResolverModel.BundledFolder, ResolverModel.ModelFile), folder.File(ResolverModel.ModelFile));
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(ResolverModel.BundledFolder, ResolverModel.ManifestFile)))!;
        manifest["features"]!.AsArray().RemoveAt(0);
        folder.Write(ResolverModel.ManifestFile, manifest.ToJsonString());

        var error = Assert.Throws<InvalidDataException>(() => ResolverModel.Load(folder.Path));

        Assert.Contains("the resolver computes [similarity,", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ResolverModel.ModelFile, "PK\u0003\u0004 not a zip")]
    [InlineData(ResolverModel.ManifestFile, "{\"features\": [")]
    [InlineData(ResolverModel.ManifestFile, "{}")]
    public void Load_DamagedFile_IsRefusedNamingIt(string damaged, string content)
    {
        using var folder = new TempFolder();
        foreach (var file in new[] { ResolverModel.ModelFile, ResolverModel.ManifestFile })
        {
            File.Copy(Path.Combine(ResolverModel.BundledFolder, file), folder.File(file));
        }

        folder.Write(damaged, content);

        var error = Assert.Throws<InvalidDataException>(() => ResolverModel.Load(folder.Path));

        Assert.Contains(Path.Combine(folder.Path, damaged), error.Message, StringComparison.Ordinal);
    }
}
