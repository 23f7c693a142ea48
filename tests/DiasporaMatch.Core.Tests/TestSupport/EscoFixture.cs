using DiasporaMatch.Taxonomy;

namespace DiasporaMatch.TestSupport;

/// <summary>The real ESCO sample, imported and indexed once (with the bundled re-ranker, as the product resolves) for every test class of the "Esco" collection.</summary>
public sealed class EscoFixture : IDisposable
{
    private readonly Lazy<ConceptResolver> _resolver;
    private readonly Lazy<ConceptResolver> _similarityResolver;

    public EscoFixture()
    {
        Import = EscoImporter.Import(RepoPaths.EscoDirectory);
        _resolver = new Lazy<ConceptResolver>(() => new ConceptResolver(Import.Taxonomy, ResolverModel.Bundled));
        _similarityResolver = new Lazy<ConceptResolver>(() => new ConceptResolver(Import.Taxonomy));
    }

    public EscoImportResult Import { get; }

    public DiasporaMatch.Taxonomy.Taxonomy Taxonomy => Import.Taxonomy;

    public ConceptResolver Resolver => _resolver.Value;

    /// <summary>The resolver without its re-ranker: where a test is about reading text, not about the model's order.</summary>
    public ConceptResolver SimilarityResolver => _similarityResolver.Value;

    public void Dispose()
    {
        foreach (var resolver in new[] { _resolver, _similarityResolver }.Where(r => r.IsValueCreated))
        {
            resolver.Value.Dispose();
        }
    }
}
