using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Access;

/// <summary>
/// Per-subject "not before" times: once a subject is revoked (its profile erased), tokens issued before then are
/// refused, though they have not expired. Kept in the document store, so every host instance sees them; the
/// document id is a one-way hash of the subject, so no erased id is written back. A host remembers a lookup for
/// <see cref="CacheFor"/> (one store read per subject per half minute, not per request); its own revocations apply at once.
/// </summary>
public sealed class TokenRevocations(IDocumentStore store, TimeProvider time)
{
    public const string Kind = "revoked-subjects";
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (DateTimeOffset? NotBefore, DateTimeOffset ReadAt)> _cache = new(StringComparer.Ordinal);

    /// <summary>Refuses every token of <paramref name="subject"/> issued up to now.</summary>
    public async Task RevokeAsync(string subject, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var id = IdOf(subject);
        var json = JsonSerializer.SerializeToUtf8Bytes(new { notBefore = now });
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var current = await store.GetAsync(Kind, id, cancellationToken);
                if (current is null)
                {
                    await store.CreateAsync(Kind, id, json, cancellationToken);
                }
                else
                {
                    await store.ReplaceAsync(Kind, id, json, current.Version, cancellationToken);
                }

                break;
            }
            catch (DocumentConflictException) when (attempt < 3)
            {
                // Another instance revoked the same subject at the same moment: read again, write the later time.
            }
        }

        _cache[subject] = (now, now);
    }

    /// <summary>True when the subject was revoked after <paramref name="issuedAt"/> (a token of the same second counts as before: refused).</summary>
    public async Task<bool> IsRevokedAsync(string subject, DateTimeOffset issuedAt, CancellationToken cancellationToken = default)
    {
        var notBefore = await NotBeforeAsync(subject, cancellationToken);
        // Tokens carry whole seconds: one issued in the second of the revocation is taken as issued after it,
        // so a new sign-in right after an erasure is not refused (a token minted earlier that second survives).
        return notBefore is { } revokedAt && issuedAt < revokedAt.AddTicks(-(revokedAt.Ticks % TimeSpan.TicksPerSecond));
    }

    private async Task<DateTimeOffset?> NotBeforeAsync(string subject, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(subject, out var cached) && now - cached.ReadAt < CacheFor)
        {
            return cached.NotBefore;
        }

        var document = await store.GetAsync(Kind, IdOf(subject), cancellationToken);
        DateTimeOffset? notBefore = document is null ? null : JsonDocument.Parse(document.Json).RootElement.GetProperty("notBefore").GetDateTimeOffset();
        _cache[subject] = (notBefore, now);
        return notBefore;
    }

    private static string IdOf(string subject) =>
        "s-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(subject)).AsSpan(0, 16));
}
