namespace DiasporaMatch.Taxonomy;

/// <summary>How well held-out labels of one language resolve: mean reciprocal rank in the top 10 and top-1 accuracy.</summary>
public sealed record LanguageEvaluation(string Language, int Queries, double MrrAt10, double AccuracyAt1);
