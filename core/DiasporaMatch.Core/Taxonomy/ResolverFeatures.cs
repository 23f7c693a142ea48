namespace DiasporaMatch.Taxonomy;

/// <summary>
/// What the resolver's re-ranker reads of a candidate concept: its best label's similarity to the phrase (and
/// the parts it is made of), how much of each side's rare words the other holds, and what the taxonomy says of
/// the concept. The order is the model's column order: a bundled model names them, and loading checks it.
/// </summary>
public static class ResolverFeatures
{
    public const int Similarity = 0;
    public const int GramCosine = 1;
    public const int WordDice = 2;
    public const int StemDice = 3;
    public const int Preferred = 4;
    public const int LuceneShare = 5;
    public const int LabelsFound = 6;
    public const int QueryCovered = 7;
    public const int LabelCovered = 8;
    public const int LengthRatio = 9;
    public const int ConceptLabels = 10;
    public const int Occupation = 11;
    public const int Exact = 12;
    public const int FirstWordEqual = 13;
    public const int LastWordEqual = 14;
    public const int OtherLanguageCosine = 15;

    public static IReadOnlyList<string> Names { get; } =
    [
        "similarity", "gram-cosine", "word-dice", "stem-dice", "preferred", "lucene-share", "labels-found",
        "query-covered", "label-covered", "length-ratio", "concept-labels", "occupation", "exact",
        "first-word-equal", "last-word-equal", "other-language-cosine",
    ];

    public static int Count => Names.Count;
}
