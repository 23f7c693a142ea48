namespace DiasporaMatch.Taxonomy;

/// <summary>
/// Character 3- and 4-grams of folded labels as TF-IDF vectors (L2-normalised), with postings per gram:
/// the resolver's typo-tolerant candidate channel and its character similarity.
/// </summary>
internal sealed class GramIndex
{
    private const int MinGram = 3;
    private const int MaxGram = 4;
    // On the dev set 2,000 postings resolve as well as 8,000 (MRR@10 within 0.008 per language, either way), and the
    // channel takes ~0.06 ms a phrase instead of ~0.5: the rare grams read first already carry the candidates.
    private const int PostingsBudget = 2_000;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly float[] _idf;
    private readonly float _unknownIdf;
    private readonly int[][] _labelGrams;
    private readonly float[][] _labelWeights;
    private readonly int[][][] _postings;
    private readonly int[] _partitionSize;

    /// <param name="folded">The folded labels.</param>
    /// <param name="partition">Each label's partition (0..P-1, e.g. one per kind and language): postings are kept per partition so a
    /// restricted search walks only its own labels.</param>
    public GramIndex(IReadOnlyList<string> folded, IReadOnlyList<int> partition)
    {
        var frequency = new List<int>();
        var labelIds = new int[folded.Count][];
        for (var i = 0; i < folded.Count; i++)
        {
            labelIds[i] = SortedGramIds(folded[i], frequency);
            foreach (var (id, _) in Runs(labelIds[i]))
            {
                frequency[id]++;
            }
        }

        _idf = frequency.Select(df => (float)(Math.Log((1.0 + folded.Count) / (1.0 + df)) + 1)).ToArray();
        _unknownIdf = (float)(Math.Log(1.0 + folded.Count) + 1);
        _labelGrams = new int[folded.Count][];
        _labelWeights = new float[folded.Count][];
        for (var i = 0; i < folded.Count; i++)
        {
            (_labelGrams[i], _labelWeights[i]) = Normalise(Runs(labelIds[i]).Select(r => (r.Id, r.Count * _idf[r.Id])));
        }

        var partitions = partition.Count == 0 ? 1 : partition.Max() + 1;
        _partitionSize = new int[partitions];
        foreach (var part in partition)
        {
            _partitionSize[part]++;
        }

        _postings = Postings(_labelGrams, partition, partitions, frequency.Count);
    }

    /// <summary>
    /// A label's gram ids, sorted, a repeated gram as a run (no table per label: ESCO has 191k). Grams are looked up as
    /// spans, so only a gram seen for the first time becomes a string; it gets the next id and a frequency of 0.
    /// </summary>
    private int[] SortedGramIds(string folded, List<int> frequency)
    {
        var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var padded = Padded(folded);
        var ids = new List<int>();
        foreach (var (start, length) in Grams(padded.Length))
        {
            var gram = padded.AsSpan(start, length);
            if (!lookup.TryGetValue(gram, out var id))
            {
                lookup[gram] = id = frequency.Count;
                frequency.Add(0);
            }

            ids.Add(id);
        }

        ids.Sort();
        return [.. ids];
    }

    /// <summary>Per partition and gram, the labels holding it in label order; each list allocated at its final size.</summary>
    private static int[][][] Postings(int[][] labelGrams, IReadOnlyList<int> partition, int partitions, int grams)
    {
        var sizes = Enumerable.Range(0, partitions).Select(_ => new int[grams]).ToArray();
        for (var i = 0; i < labelGrams.Length; i++)
        {
            foreach (var id in labelGrams[i])
            {
                sizes[partition[i]][id]++;
            }
        }

        var postings = sizes.Select(part => part.Select(size => size == 0 ? [] : new int[size]).ToArray()).ToArray();
        var filled = sizes.Select(part => new int[part.Length]).ToArray();
        for (var i = 0; i < labelGrams.Length; i++)
        {
            foreach (var id in labelGrams[i])
            {
                postings[partition[i]][id][filled[partition[i]][id]++] = i;
            }
        }

        return postings;
    }

    /// <summary>A phrase's vector; grams no label has get the highest weight (they lower every cosine alike).</summary>
    public Vector Of(string folded)
    {
        var counts = new Dictionary<int, int>();
        var unknown = 0;
        var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var padded = Padded(folded);
        foreach (var (start, length) in Grams(padded.Length))
        {
            if (lookup.TryGetValue(padded.AsSpan(start, length), out var id))
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
            else
            {
                unknown++;
            }
        }

        var known = counts.Select(c => (c.Key, c.Value * _idf[c.Key])).ToArray();
        var norm = Math.Sqrt(known.Sum(k => (double)k.Item2 * k.Item2) + (unknown * (double)_unknownIdf * _unknownIdf));
        var (ids, weights) = Normalise(known, norm);
        return new Vector(ids, weights);
    }

    public double Cosine(Vector phrase, int label)
    {
        var ids = _labelGrams[label];
        var weights = _labelWeights[label];
        double dot = 0;
        int i = 0, j = 0;
        while (i < phrase.Ids.Length && j < ids.Length)
        {
            if (phrase.Ids[i] == ids[j])
            {
                dot += phrase.Weights[i++] * weights[j++];
            }
            else if (phrase.Ids[i] < ids[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return dot;
    }

    /// <summary>
    /// For each group of partitions (e.g. one language's), its <c>Count</c> labels sharing the most weight of the
    /// phrase's grams, best first. The rarest grams are walked first, until <see cref="PostingsBudget"/> postings have
    /// been read: that bounds the time per phrase, and frequent grams (" de", "ion") weigh little anyway. The exact
    /// cosine is computed later by <see cref="Cosine"/>.
    /// </summary>
    public List<int> Candidates(Vector phrase, IReadOnlyList<(int[] Partitions, int Count)> groups)
    {
        var result = new List<int>();
        // One partial-sum table, sized for the budget up front, serves every group: it neither regrows while the
        // postings are read nor is allocated again (it was half of what a resolve allocated).
        var partial = new Dictionary<int, float>(PostingsBudget);
        var lists = new List<(int[] Postings, float Weight)>();
        foreach (var (partitions, count) in groups)
        {
            lists.Clear();
            partial.Clear();
            foreach (var part in partitions)
            {
                for (var i = 0; i < phrase.Ids.Length; i++)
                {
                    var postings = _postings[part][phrase.Ids[i]];
                    if (postings.Length > 0)
                    {
                        lists.Add((postings, phrase.Weights[i]));
                    }
                }
            }

            lists.Sort((a, b) => a.Postings.Length.CompareTo(b.Postings.Length));
            var read = 0;
            foreach (var (postings, weight) in lists)
            {
                if (read > 0 && read + postings.Length > PostingsBudget)
                {
                    break;
                }

                read += postings.Length;
                foreach (var label in postings)
                {
                    partial[label] = partial.GetValueOrDefault(label) + weight;
                }
            }

            result.AddRange(Best(partial, count));
        }

        return result;
    }

    /// <summary>The <paramref name="count"/> labels of highest partial sum, best first (on a tie, the lower label).</summary>
    private static int[] Best(Dictionary<int, float> partial, int count)
    {
        var top = new PriorityQueue<int, (float, int)>(count);
        foreach (var (label, score) in partial)
        {
            // Lowest first in the queue: the worst kept candidate is dropped when a better one comes (and a
            // worse one is turned away without touching the heap).
            if (top.Count < count)
            {
                top.Enqueue(label, (score, -label));
            }
            else
            {
                top.EnqueueDequeue(label, (score, -label));
            }
        }

        var best = new int[top.Count];
        for (var i = best.Length - 1; i >= 0; i--)
        {
            best[i] = top.Dequeue();
        }

        return best;
    }

    private static string Padded(string folded) => $" {folded} ";

    /// <summary>Where each 3- and 4-gram of a padded form of this length starts, and its length.</summary>
    private static IEnumerable<(int Start, int Length)> Grams(int paddedLength)
    {
        for (var n = MinGram; n <= MaxGram; n++)
        {
            for (var i = 0; i + n <= paddedLength; i++)
            {
                yield return (i, n);
            }
        }
    }

    /// <summary>Each distinct id of a sorted array and how many times it stands there.</summary>
    private static IEnumerable<(int Id, int Count)> Runs(int[] sorted)
    {
        for (var start = 0; start < sorted.Length;)
        {
            var end = start + 1;
            while (end < sorted.Length && sorted[end] == sorted[start])
            {
                end++;
            }

            yield return (sorted[start], end - start);
            start = end;
        }
    }

    private static (int[] Ids, float[] Weights) Normalise(IEnumerable<(int Id, float Weight)> grams, double? norm = null)
    {
        var sorted = grams.OrderBy(g => g.Id).ToArray();
        var length = norm ?? Math.Sqrt(sorted.Sum(g => (double)g.Weight * g.Weight));
        return length == 0
            ? ([], [])
            : (sorted.Select(g => g.Id).ToArray(), sorted.Select(g => (float)(g.Weight / length)).ToArray());
    }

    /// <summary>Sorted gram ids and their normalised weights.</summary>
    internal readonly record struct Vector(int[] Ids, float[] Weights);
}
