using DiasporaMatch.Facts;
using Lucene.Net.Documents;

namespace DiasporaMatch.Search;

/// <summary>The facts an index entry stores (<see cref="IndexFields.Facts"/>), decoded.</summary>
internal static class StoredFacts
{
    public static T Read<T>(Document entry)
    {
        var bytes = entry.GetBinaryValue(IndexFields.Facts);
        return FactsCodec.Decode<T>(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
    }
}
