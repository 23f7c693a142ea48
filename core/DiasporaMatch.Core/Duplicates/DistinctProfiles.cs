using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Duplicates;

/// <summary>
/// The pairs of profiles marked "not the same person". The document id is a hash of the ordered pair: marking a
/// pair twice, or in either order, keeps one document, and no id of anyone is in its name (the change log keeps
/// names). Erasure removes the pairs naming the erased expert (<see cref="RemoveForExpertAsync"/>).
/// </summary>
public sealed class DistinctProfiles(IDocumentStore store)
{
    public const string Kind = "distinct-profiles";

    public static string IdOf(string expertId, string otherId)
    {
        var (first, second) = Ordered(expertId, otherId);
        return "dp" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{first}\n{second}")))[..40];
    }

    /// <summary>Records the pair; answers it and whether it is new (false: marked before, kept as it was).</summary>
    public async Task<(DistinctPair Pair, bool Created)> MarkAsync(string expertId, string otherId, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var (first, second) = Ordered(expertId, otherId);
        var pair = new DistinctPair { Id = IdOf(first, second), Experts = [first, second], At = at, By = by };
        try
        {
            await store.CreateAsync(Kind, pair.Id, JsonSerializer.SerializeToUtf8Bytes(pair, RecordJson.Options), cancellationToken);
            return (pair, true);
        }
        catch (DocumentConflictException)
        {
            return await store.GetAsync(Kind, pair.Id, cancellationToken) is { } existing
                ? (RecordTypes.Read<DistinctPair>(existing.Json), false)
                : throw new InvalidOperationException($"{Kind}/{pair.Id} conflicted but cannot be read");
        }
    }

    /// <summary>Every marked pair, as ordinal-ordered id pairs.</summary>
    public async Task<HashSet<(string, string)>> AllAsync(CancellationToken cancellationToken = default)
    {
        var pairs = new HashSet<(string, string)>();
        await foreach (var document in store.ScanAsync(Kind, cancellationToken))
        {
            if (RecordTypes.Read<DistinctPair>(document.Json).Experts is [var first, var second])
            {
                pairs.Add((first, second));
            }
        }

        return pairs;
    }

    /// <summary>Deletes every pair naming the expert; answers how many.</summary>
    public async Task<int> RemoveForExpertAsync(string expertId, CancellationToken cancellationToken = default)
    {
        var removed = 0;
        await foreach (var document in store.ScanAsync(Kind, cancellationToken))
        {
            if (RecordTypes.Read<DistinctPair>(document.Json).Experts.Contains(expertId, StringComparer.Ordinal)
                && await store.DeleteAsync(Kind, document.Id, cancellationToken: cancellationToken))
            {
                removed++;
            }
        }

        return removed;
    }

    public static (string First, string Second) Ordered(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
