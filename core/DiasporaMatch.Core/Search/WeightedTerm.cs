using Lucene.Net.Index;

namespace DiasporaMatch.Search;

/// <summary>A query term with its BM25 weight (idf · boost · (k1 + 1)), its field's length table and its postings, fixed per query.</summary>
public sealed record WeightedTerm(Term Term, float Weight, float[] Lengths, ReaderPostings Postings);
