namespace DiasporaMatch.Taxonomy;

public sealed class GramIndexTests
{
    private static readonly string[] Labels = ["nurse", "night nurse", "nursery teacher", "verpleegkundige", "nurse"];
    private static readonly int[] Partitions = [0, 0, 0, 1, 1];

    [Theory]
    [InlineData("nurse", 0)]
    [InlineData("nurse", 1)]
    [InlineData("nurce", 2)] // a typo, and grams no label has
    [InlineData("verpleegkundig", 3)]
    [InlineData("teacher nurse", 2)]
    public void Cosine_AnyPhrase_EqualsTfIdfCosineByThePlainFormula(string phrase, int label)
    {
        var index = new GramIndex(Labels, Partitions);

        Assert.Equal(PlainCosine(phrase, Labels[label]), index.Cosine(index.Of(phrase), label), 5);
    }

    [Fact]
    public void Candidates_OnePartition_ListsOnlyItsLabelsBestFirst()
    {
        var index = new GramIndex(Labels, Partitions);

        var found = index.Candidates(index.Of("nurse"), [([0], 3)]);

        Assert.Equal([0, 1, 2], found); // the exact label, then by shared weight; label 4 is another partition's
    }

    [Fact]
    public void Candidates_TwoGroups_GivesEachItsOwnCount()
    {
        var index = new GramIndex(Labels, Partitions);

        var found = index.Candidates(index.Of("nurse"), [([0], 1), ([1], 1)]);

        Assert.Equal([0, 4], found);
    }

    /// <summary>
    /// TF-IDF over character 3- and 4-grams of the padded form (idf = ln((1 + N) / (1 + df)) + 1; a gram no label has
    /// weighs ln(1 + N) + 1 in the phrase's norm), L2-normalised: written out as the definition, not as the index
    /// computes it.
    /// </summary>
    private static double PlainCosine(string phrase, string label)
    {
        static List<string> Grams(string text)
        {
            var padded = " " + text + " ";
            return [.. from n in new[] { 3, 4 } from i in Enumerable.Range(0, Math.Max(0, padded.Length - n + 1)) select padded.Substring(i, n)];
        }

        var labelGrams = Labels.Select(l => Grams(l).ToHashSet()).ToArray();
        double Idf(string gram)
        {
            var df = labelGrams.Count(g => g.Contains(gram));
            return df == 0 ? Math.Log(1.0 + Labels.Length) + 1 : Math.Log((1.0 + Labels.Length) / (1.0 + df)) + 1;
        }

        Dictionary<string, double> Vector(string text) =>
            Grams(text).GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count() * Idf(g.Key));

        var a = Vector(phrase);
        var b = Vector(label);
        var dot = a.Where(p => b.ContainsKey(p.Key)).Sum(p => p.Value * b[p.Key]);
        return dot / Math.Sqrt(a.Values.Sum(v => v * v)) / Math.Sqrt(b.Values.Sum(v => v * v));
    }
}
