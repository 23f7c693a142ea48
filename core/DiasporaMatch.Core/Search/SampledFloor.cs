using System.Numerics;
using System.Runtime.Intrinsics;
using Lucene.Net.Util;

namespace DiasporaMatch.Search;

/// <summary>
/// A score floor for keeping the best <c>top</c> of a segment's summed scores, estimated from one document per
/// cache line: offering every document that beats the hits kept so far meant thousands of heap updates per query
/// while the kept hits were still weak; gathering the few thousand documents at or above a floor that about
/// twice <c>top</c> documents reach costs one vector pass. Only an estimate: the caller checks that at least
/// <c>top</c> documents reached it (then the best <c>top</c> are all among them) and otherwise offers them all.
/// </summary>
internal static class SampledFloor
{
    /// <summary>One sampled document per 16 (a 64-byte line of floats).</summary>
    public const int Stride = 16;

    [ThreadStatic]
    private static PriorityQueue<float, float>? t_highest;

    [ThreadStatic]
    private static int[]? t_docs;

    /// <summary>A positive score about 2·<paramref name="top"/> accepted documents reach, or 0 when the sample is too thin to say.</summary>
    public static float Estimate(float[] sums, int maxDoc, long[]? words, IBits accepted, int top)
    {
        // The sample's wanted-th best stands for the segment's (wanted · Stride)-th best, about 2·top.
        var wanted = ((2 * top) + Stride - 1) / Stride;
        var highest = t_highest ??= new PriorityQueue<float, float>();
        highest.Clear();
        for (var doc = 0; doc < maxDoc; doc += Stride)
        {
            var score = sums[doc];
            if (!(score > 0) || !DisjunctionSearch.Accepted(words, accepted, doc))
            {
                continue;
            }

            if (highest.Count < wanted)
            {
                highest.Enqueue(score, score);
            }
            else if (score > highest.Peek())
            {
                highest.EnqueueDequeue(score, score);
            }
        }

        return highest.Count == wanted ? highest.Peek() : 0;
    }

    /// <summary>
    /// The accepted documents scoring at least <paramref name="floor"/> (positive), in increasing order, in an
    /// array reused by the thread: valid until its next call. The sums are left as they are.
    /// </summary>
    public static ReadOnlySpan<int> Collect(float[] sums, int maxDoc, long[]? words, IBits accepted, float floor)
    {
        var docs = t_docs ??= new int[1024];
        var count = 0;
        var doc = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var floors = Vector256.Create(floor);
            for (; doc + Vector256<float>.Count <= maxDoc; doc += Vector256<float>.Count)
            {
                var lanes = Vector256.GreaterThanOrEqual(Vector256.Create(sums, doc), floors).ExtractMostSignificantBits();
                if (lanes == 0)
                {
                    continue;
                }

                if (words is not null)
                {
                    lanes &= (uint)(words[doc >> 6] >>> (doc & 63)) & 0xFF; // doc is a multiple of 8: its 8 bits in one word
                }

                for (; lanes != 0; lanes &= lanes - 1)
                {
                    var at = doc + BitOperations.TrailingZeroCount(lanes);
                    if (words is not null || accepted.Get(at))
                    {
                        Append(ref docs, ref count, at);
                    }
                }
            }
        }

        for (; doc < maxDoc; doc++)
        {
            if (sums[doc] >= floor && DisjunctionSearch.Accepted(words, accepted, doc))
            {
                Append(ref docs, ref count, doc);
            }
        }

        t_docs = docs;
        return docs.AsSpan(0, count);
    }

    private static void Append(ref int[] docs, ref int count, int doc)
    {
        if (count == docs.Length)
        {
            Array.Resize(ref docs, docs.Length * 2);
        }

        docs[count++] = doc;
    }
}
