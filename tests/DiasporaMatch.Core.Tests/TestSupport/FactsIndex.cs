using DiasporaMatch.Facts;
using DiasporaMatch.Search;
using Lucene.Net.Documents;
using Lucene.Net.Store;

namespace DiasporaMatch.TestSupport;

/// <summary>A need index in memory holding only ids and facts: enough to watch the facts cache at work.</summary>
internal static class FactsIndex
{
    public static LuceneIndex<NeedFacts> With(FactsWarming warming, params string[] ids)
    {
        var index = new LuceneIndex<NeedFacts>(new RAMDirectory(), warming);
        foreach (var id in ids)
        {
            Add(index, id);
        }

        index.Commit(1);
        return index;
    }

    public static void Add(LuceneIndex<NeedFacts> index, string id, string? version = null)
    {
        var document = new Document
        {
            new StringField(IndexFields.Id, id, Field.Store.YES),
            new StoredField(IndexFields.Facts, FactsCodec.Encode(new NeedFacts { Id = id })),
        };
        if (version is not null)
        {
            document.Add(new StoredField(IndexFields.Version, version));
        }

        index.Upsert(id, document);
    }
}
