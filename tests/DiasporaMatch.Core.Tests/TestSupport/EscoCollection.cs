namespace DiasporaMatch.TestSupport;

/// <summary>Test classes in this collection share one <see cref="EscoFixture"/> (importing ESCO takes seconds).</summary>
[CollectionDefinition(Name)]
public sealed class EscoCollection : ICollectionFixture<EscoFixture>
{
    public const string Name = "Esco";
}
