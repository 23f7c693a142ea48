using System.Text.Json;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Notifications;

/// <summary>Reads and writes people's <see cref="NotificationPreferences"/>; someone who never chose gets every email, one by one.</summary>
public sealed class NotificationPreferenceStore(IDocumentStore store)
{
    public const string Kind = "notification-preferences";

    /// <summary>
    /// <c>role.id</c>, readable, while it fits a store id; a longer one (a 64-character person id) is hashed, so every
    /// valid id has preferences (it used to make the store refuse the id and the erasure fail).
    /// </summary>
    public static string IdOf(string role, string recipientId)
    {
        var readable = $"{role}.{recipientId}";
        return readable.Length <= Validation.TextChecks.MaxIdLength
            ? readable
            : $"{role}.h{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(recipientId)))[..40]}";
    }

    public async Task<NotificationPreferences> GetAsync(string role, string recipientId, CancellationToken cancellationToken = default) =>
        await store.GetAsync(Kind, IdOf(role, recipientId), cancellationToken) is { } document
            ? RecordTypes.Read<NotificationPreferences>(document.Json)
            : new NotificationPreferences { Role = role, RecipientId = recipientId };

    /// <summary>Replaces the person's choices (last write wins: they are the person's own, set from one page).</summary>
    public async Task<NotificationPreferences> SaveAsync(NotificationPreferences preferences, CancellationToken cancellationToken = default)
    {
        var normal = preferences with
        {
            EmailOff = [.. preferences.EmailOff.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(normal, RecordJson.Options);
        await store.PutAsync(Kind, IdOf(normal.Role, normal.RecipientId), json, cancellationToken);
        return normal;
    }

    /// <summary>Turns email off for one category (the unsubscribe link); the rest stays as it was.</summary>
    public async Task<NotificationPreferences> UnsubscribeAsync(string role, string recipientId, string category, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(role, recipientId, cancellationToken);
        return await SaveAsync(current with { EmailOff = category == NotificationCategories.Everything ? NotificationCategories.All : [.. current.EmailOff, category] }, cancellationToken);
    }

    /// <summary>Erasure: the person's choices go with them.</summary>
    public Task<bool> RemoveAsync(string role, string recipientId, CancellationToken cancellationToken = default) =>
        store.DeleteAsync(Kind, IdOf(role, recipientId), cancellationToken: cancellationToken);
}
