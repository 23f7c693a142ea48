using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace DiasporaMatch.Search;

/// <summary>
/// All of a document's values of one keyword field as a single field: the same terms, postings and flags as one
/// <see cref="StringField"/> per value (indexed as is, documents only, no norms), but one token stream per field
/// instead of one per value. A profile holds some eighty keyword values; giving each its own field (and token
/// stream, with its attribute set) cost about a third of indexing time.
/// </summary>
internal static class KeywordsField
{
    // StringField's own flags (indexed, documents only, no norms); tokenized only so that the field takes a token
    // stream, which emits each value whole.
    private static readonly FieldType Type = CreateType();

    /// <summary>A field holding each of <paramref name="values"/> as one term; null when there is none, like no field.</summary>
    public static Field? Of(string name, IEnumerable<string> values)
    {
        var terms = values.Where(v => !string.IsNullOrEmpty(v)).ToArray();
        return terms.Length == 0 ? null : new Field(name, new Values(terms), Type);
    }

    private static FieldType CreateType()
    {
        var type = new FieldType(StringField.TYPE_NOT_STORED) { IsTokenized = true };
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
