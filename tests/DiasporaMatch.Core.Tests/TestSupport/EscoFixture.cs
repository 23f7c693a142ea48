using DiasporaMatch.Taxonomy;

namespace DiasporaMatch.TestSupport;

/// <summary>The real ESCO sample, imported and indexed once for every test class of the "Esco" collection.</summary>
public sealed class EscoFixture : IDisposable
{
    private readonly Lazy<ConceptResolver> _resolver;

    public EscoFixture()
    {
        Import = EscoImporter.Import(RepoPaths.EscoDirectory);
        _resolver = new Lazy<ConceptResolver>(() => new ConceptResolver(Import.Taxonomy));
    }

    public EscoImportResult Import { get; }

    public DiasporaMatch.Taxonomy.Taxonomy Taxonomy => Import.Taxonomy;

    public ConceptResolver Resolver => _resolver.Value;

    public void Dispose()
    {
        if (_resolver.IsValueCreated)
        {
            _resolver.Value.Dispose();
        }
    }
}
