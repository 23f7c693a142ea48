using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace DiasporaMatch.Search;

/// <summary>
/// All of a document's values of one keyword field as a single field: the same terms, postings and flags as one
/// <see cref="StringField"/> per value (indexed as is, documents only, no norms), but one token stream per field
/// instead of one per value. A profile holds some eighty keyword values; giving each its own field (and token
/// stream, with its attribute set) cost about a third of indexing time.
/// </summary>
internal static class KeywordsField
{
    private static readonly FieldType Type = Freeze(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true, // what lets a field take a token stream; the stream below emits each value whole
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    /// <summary>A field holding each of <paramref name="values"/> as one term; null when there is none, like no field.</summary>
    public static Field? Of(string name, IEnumerable<string> values)
    {
        var terms = values.Where(v => !string.IsNullOrEmpty(v)).ToArray();
        return terms.Length == 0 ? null : new Field(name, new Values(terms), Type);
    }

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private sealed class Values : TokenStream
    {
        private readonly string[] _terms;
        private readonly ICharTermAttribute _term;
        private int _next;

        public Values(string[] terms)
        {
            _terms = terms;
            _term = AddAttribute<ICharTermAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_next >= _terms.Length)
            {
                return false;
            }

            ClearAttributes();
            _term.SetEmpty().Append(_terms[_next++]);
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }
}
