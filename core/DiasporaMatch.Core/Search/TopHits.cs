using Lucene.Net.Search;

namespace DiasporaMatch.Search;

/// <summary>
/// The best <c>capacity</c> documents offered, ordered as Lucene orders hits: score descending, then document
/// number ascending. A bounded min-heap, so offering n documents costs n · log(capacity) at worst.
/// </summary>
internal sealed class TopHits(int capacity)
{
    private readonly float[] _scores = new float[capacity];
    private readonly int[] _docs = new int[capacity];
    private int _count;

    public int Count => _count;

    public int Capacity => capacity;

    /// <summary>
    /// A score a later document (higher number) must beat to be kept: 0 until full (only positive scores are
    /// offered), then the weakest kept — a tie loses to the lower document already in.
    /// </summary>
    public float Threshold => _count < capacity ? 0 : _scores[0];

    public void Offer(int doc, float score)
    {
        if (_count < capacity)
        {
            _scores[_count] = score;
            _docs[_count] = doc;
            Up(_count++);
        }
        else if (Worse(_scores[0], _docs[0], score, doc))
        {
            _scores[0] = score;
            _docs[0] = doc;
            Down(0);
        }
    }

    public ScoreDoc[] ToArray()
    {
        // One primitive sort instead of a comparison delegate per pair: the key orders by score descending,
        // then by document ascending (documents are never negative).
        var keys = new ulong[_count];
        for (var i = 0; i < _count; i++)
        {
            keys[i] = ((ulong)~Ascending(_scores[i]) << 32) | (uint)_docs[i];
        }

        Array.Sort(keys);
        var hits = new ScoreDoc[_count];
        for (var i = 0; i < _count; i++)
        {
            hits[i] = new ScoreDoc((int)(uint)keys[i], FromAscending(~(uint)(keys[i] >> 32)));
        }

        return hits;
    }

    /// <summary>The float's bits as an unsigned number that orders as the floats do (NaN lowest, as a float comparison sorts it).</summary>
    private static uint Ascending(float score)
    {
        if (float.IsNaN(score))
        {
            return 0;
        }

        var bits = BitConverter.SingleToUInt32Bits(score == 0 ? 0f : score); // -0 and 0 compare equal: one key
        return (bits & 0x8000_0000) != 0 ? ~bits : bits | 0x8000_0000;
    }

    private static float FromAscending(uint key) =>
        key == 0 ? float.NaN : BitConverter.UInt32BitsToSingle((key & 0x8000_0000) != 0 ? key & 0x7FFF_FFFF : ~key);

    /// <summary>True when (score a, doc a) ranks below (score b, doc b).</summary>
    private static bool Worse(float scoreA, int docA, float scoreB, int docB) =>
        scoreA < scoreB || (scoreA == scoreB && docA > docB);

    private void Up(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Worse(_scores[i], _docs[i], _scores[parent], _docs[parent]))
            {
                return;
            }

            Swap(i, parent);
            i = parent;
        }
    }

    private void Down(int i)
    {
        while (true)
        {
            var worst = i;
            var left = (2 * i) + 1;
            var right = left + 1;
            if (left < _count && Worse(_scores[left], _docs[left], _scores[worst], _docs[worst]))
            {
                worst = left;
            }

            if (right < _count && Worse(_scores[right], _docs[right], _scores[worst], _docs[worst]))
            {
                worst = right;
            }

            if (worst == i)
            {
                return;
            }

            Swap(i, worst);
            i = worst;
        }
    }

    private void Swap(int a, int b)
    {
        (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
        (_docs[a], _docs[b]) = (_docs[b], _docs[a]);
    }
}
