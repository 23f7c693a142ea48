using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace DiasporaMatch.Ranking.Learning;

/// <summary>One candidate of a group: its relevance grade, its features (as logged, or computed) and its BM25 score.</summary>
public sealed record RankingExample(string ItemId, int Label, float[] Features, float RetrievalScore, bool Logged = false);

/// <summary>One query's candidates (a need's experts), dated by the query's first decision.</summary>
public sealed record RankingGroup(string Id, DateTimeOffset At, IReadOnlyList<RankingExample> Items);

/// <summary>Labelled groups for training or evaluation, with a fingerprint of exactly what they hold.</summary>
public sealed record RankingSet(IReadOnlyList<RankingGroup> Groups)
{
    public int Pairs => Groups.Sum(g => g.Items.Count);

    public int LoggedPairs => Groups.Sum(g => g.Items.Count(i => i.Logged));

    public int FeatureCount => Groups.SelectMany(g => g.Items).Select(i => i.Features.Length).DefaultIfEmpty(FeatureSchema.Count).Max();

    /// <summary>SHA-256 over group ids, item ids, labels and feature bits: same data, same fingerprint.</summary>
    public string Fingerprint()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> buffer = stackalloc byte[4];
        foreach (var group in Groups)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(group.Id + "\n"));
            foreach (var item in group.Items)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(item.ItemId + "\t" + item.Label + "\t"));
                foreach (var value in item.Features)
                {
                    BinaryPrimitives.WriteSingleLittleEndian(buffer, value);
                    hash.AppendData(buffer);
                }
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    /// <summary>The same groups with every label replaced: how tests build a deliberately corrupted training set.</summary>
    public RankingSet Relabel(Func<RankingExample, int> label) =>
        new(Groups.Select(g => g with { Items = g.Items.Select(i => i with { Label = label(i) }).ToList() }).ToList());
}
