using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DiasporaMatch.Assignments;
using DiasporaMatch.Needs;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Notifications;

/// <summary>
/// Private calendar feed URLs, one per expert or organisation: the token is 256 random bits (a cryptographic
/// generator, not the seeded one: it is a secret), stored only as its hash. Issuing again replaces the token and
/// revoking deletes it; the owner's record names the one valid hash, so a crash between writes can leave an
/// orphan that never resolves, never a revoked token that still works.
/// </summary>
public sealed class CalendarFeeds(IDocumentStore store, TimeProvider time)
{
    public const string TokenKind = "calendar-feeds";
    public const string OwnerKind = "calendar-owners";

    public async Task<string> IssueAsync(string role, string subjectId, CancellationToken cancellationToken = default)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var hash = Hash(token);
        for (var attempt = 0; ; attempt++)
        {
            var owner = await store.GetAsync(OwnerKind, OwnerId(role, subjectId), cancellationToken);
            try
            {
                await WriteOwnerAsync(role, subjectId, hash, owner?.Version, cancellationToken);
            }
            catch (DocumentConflictException) when (attempt < Backoff.MaxAttempts)
            {
                // Issued or revoked at the same moment by another request: read again and replace that.
                await Backoff.DelayAsync(attempt, cancellationToken);
                continue;
            }

            if (owner is not null)
            {
                await store.DeleteAsync(TokenKind, JsonSerializer.Deserialize<string>(owner.Json.Span)!, cancellationToken: cancellationToken);
            }

            var feed = new CalendarFeedOwner(role, subjectId, time.GetUtcNow());
            await store.CreateAsync(TokenKind, hash, JsonSerializer.SerializeToUtf8Bytes(feed, RecordJson.Options), cancellationToken);
            return token;
        }
    }

    /// <summary>Revokes the owner's feed URL; false when there was none.</summary>
    public async Task<bool> RevokeAsync(string role, string subjectId, CancellationToken cancellationToken = default)
    {
        if (await store.GetAsync(OwnerKind, OwnerId(role, subjectId), cancellationToken) is not { } owner)
        {
            return false;
        }

        await store.DeleteAsync(OwnerKind, owner.Id, cancellationToken: cancellationToken);
        await store.DeleteAsync(TokenKind, JsonSerializer.Deserialize<string>(owner.Json.Span)!, cancellationToken: cancellationToken);
        return true;
    }

    /// <summary>The owner of a valid token; null for anything else (malformed, unknown, replaced or revoked).</summary>
    public async Task<CalendarFeedOwner?> ResolveAsync(string token, CancellationToken cancellationToken = default)
    {
        if (token.Length != 43 || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }

        var hash = Hash(token);
        if (await store.GetAsync(TokenKind, hash, cancellationToken) is not { } document)
        {
            return null;
        }

        var feed = RecordTypes.Read<CalendarFeedOwner>(document.Json);
        return await store.GetAsync(OwnerKind, OwnerId(feed.Role, feed.SubjectId), cancellationToken) is { } owner
            && JsonSerializer.Deserialize<string>(owner.Json.Span) == hash
            ? feed
            : null;
    }

    /// <summary>The owner's approved (and later) assignments as an .ics feed; a cancelled one stays, marked cancelled.</summary>
    public async Task<string> FeedAsync(CalendarFeedOwner owner, string contact, CancellationToken cancellationToken = default)
    {
        var events = new List<(Assignment, Need)>();
        await foreach (var document in store.ScanAsync(AssignmentService.Kind, cancellationToken))
        {
            var assignment = RecordTypes.Read<Assignment>(document.Json);
            var mine = owner.Role == NotificationRecipients.Expert ? assignment.ExpertId == owner.SubjectId : assignment.OrganisationId == owner.SubjectId;
            if (mine && assignment.History.Any(t => t.To == AssignmentState.Approved)
                && await store.GetAsync(RecordKind.Needs, assignment.NeedId, cancellationToken) is { } need)
            {
                events.Add((assignment, RecordTypes.Read<Need>(need.Json)));
            }
        }

        return AssignmentCalendar.Feed(events, contact);
    }

    private async Task WriteOwnerAsync(string role, string subjectId, string hash, string? version, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(hash);
        if (version is null)
        {
            await store.CreateAsync(OwnerKind, OwnerId(role, subjectId), json, cancellationToken);
        }
        else
        {
            await store.ReplaceAsync(OwnerKind, OwnerId(role, subjectId), json, version, cancellationToken);
        }
    }

    /// <summary>The owner record's id: a hash, so the store's file names do not spell the person's id.</summary>
    internal static string OwnerId(string role, string subjectId) => "o" + Hash($"{role}\n{subjectId}")[..40];

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
