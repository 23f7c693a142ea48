namespace DiasporaMatch.Cli.TestSupport;

/// <summary>Test classes that run query commands beside one running host over the sample (started once for all of them).</summary>
[CollectionDefinition(Name)]
public sealed class BesideSampleHost : ICollectionFixture<SampleHostFixture>
{
    public const string Name = "sample host";
}
