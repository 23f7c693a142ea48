namespace DiasporaMatch.Azure.TestSupport;

/// <summary>Every test class that needs blob storage shares one Azurite process.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
