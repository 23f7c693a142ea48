namespace DiasporaMatch.Search;

/// <summary>A retrieved document's facts and its Lucene (BM25) score.</summary>
public sealed record Candidate<TFacts>(TFacts Facts, float Score);
