using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Interests;

/// <summary>
/// Investors' interest in opportunities and staff introductions. Decision records name a need, so these are kept as
/// their own documents; the id is derived from the pair, so saying it twice keeps one and two racing writes cannot
/// make two. Erasure removes an expert's (<see cref="RemoveForExpertAsync"/>).
/// </summary>
public sealed class OpportunityInterestBook(IDocumentStore store)
{
    public const string Kind = "opportunity-interests";

    /// <summary>A hash of the pair: no id of anyone in the document's name (the change log keeps names).</summary>
    public static string IdOf(string opportunityId, string expertId) =>
        "oi" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{opportunityId}\n{expertId}")))[..40];

    /// <summary>Records the interest; answers it and whether it is new (false: said before, kept as it was).</summary>
    public async Task<(OpportunityInterest Interest, bool Created)> ExpressAsync(string opportunityId, string expertId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var id = IdOf(opportunityId, expertId);
        var interest = new OpportunityInterest { Id = id, OpportunityId = opportunityId, ExpertId = expertId, At = at };
        try
        {
            await store.CreateAsync(Kind, id, JsonSerializer.SerializeToUtf8Bytes(interest, RecordJson.Options), cancellationToken);
            return (interest, true);
        }
        catch (DocumentConflictException)
        {
            return await GetAsync(opportunityId, expertId, cancellationToken) is { } existing ? (existing, false) : throw new InvalidOperationException($"{Kind}/{id} conflicted but cannot be read");
        }
    }

    public async Task<OpportunityInterest?> GetAsync(string opportunityId, string expertId, CancellationToken cancellationToken = default) =>
        await store.GetAsync(Kind, IdOf(opportunityId, expertId), cancellationToken) is { } document ? RecordTypes.Read<OpportunityInterest>(document.Json) : null;

    /// <summary>The opportunity's interested investors, newest first.</summary>
    public async Task<IReadOnlyList<OpportunityInterest>> ForOpportunityAsync(string opportunityId, CancellationToken cancellationToken = default) =>
        (await AllAsync(i => i.OpportunityId == opportunityId, cancellationToken)).OrderByDescending(i => i.At).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();

    /// <summary>The expert's interests, newest first (their export).</summary>
    public async Task<IReadOnlyList<OpportunityInterest>> ForExpertAsync(string expertId, CancellationToken cancellationToken = default) =>
        (await AllAsync(i => i.ExpertId == expertId, cancellationToken)).OrderByDescending(i => i.At).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();

    /// <summary>Marks the investor introduced to the opportunity's organisation; null when they never said they were interested.</summary>
    public async Task<OpportunityInterest?> IntroduceAsync(string opportunityId, string expertId, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var id = IdOf(opportunityId, expertId);
        while (await store.GetAsync(Kind, id, cancellationToken) is { } document)
        {
            var interest = RecordTypes.Read<OpportunityInterest>(document.Json);
            if (interest.IntroducedAt is not null)
            {
                return interest; // introduced already: the first introduction stands
            }

            var introduced = interest with { IntroducedAt = at, IntroducedBy = by };
            try
            {
                await store.ReplaceAsync(Kind, id, JsonSerializer.SerializeToUtf8Bytes(introduced, RecordJson.Options), document.Version, cancellationToken);
                return introduced;
            }
            catch (DocumentConflictException)
            {
                // changed meanwhile (another introduction): read again
            }
        }

        return null;
    }

    /// <summary>Deletes every interest of the expert; answers their ids (for the change log's redaction).</summary>
    public async Task<IReadOnlyList<string>> RemoveForExpertAsync(string expertId, CancellationToken cancellationToken = default)
    {
        var removed = new List<string>();
        await foreach (var document in store.ScanAsync(Kind, cancellationToken))
        {
            if (RecordTypes.Read<OpportunityInterest>(document.Json).ExpertId == expertId)
            {
                await store.DeleteAsync(Kind, document.Id, cancellationToken: cancellationToken);
                removed.Add(document.Id);
            }
        }

        return removed;
    }

    private async Task<List<OpportunityInterest>> AllAsync(Func<OpportunityInterest, bool> keep, CancellationToken cancellationToken)
    {
        var found = new List<OpportunityInterest>();
        await foreach (var document in store.ScanAsync(Kind, cancellationToken))
        {
            var interest = RecordTypes.Read<OpportunityInterest>(document.Json);
            if (keep(interest))
            {
                found.Add(interest);
            }
        }

        return found;
    }
}
