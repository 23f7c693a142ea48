namespace DiasporaMatch.Search;

/// <summary>A retrieved document's facts and its Lucene (BM25) score; a value, so a thousand hits are one array.</summary>
public readonly record struct Candidate<TFacts>(TFacts Facts, float Score);
