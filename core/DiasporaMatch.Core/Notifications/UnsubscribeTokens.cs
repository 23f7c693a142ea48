using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DiasporaMatch.Notifications;

/// <summary>
/// The signed one-click unsubscribe links: <c>role|recipient|category|expiry</c>, base64url, then an HMAC-SHA256
/// of it. Anyone holding the link may turn that one category off for that one person, and nothing else; a
/// changed byte or a link past its expiry reads as nothing.
/// </summary>
public sealed class UnsubscribeTokens(byte[] key, TimeProvider time)
{
    /// <summary>How long a link in a message stays good: long enough for an old message, not for ever.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    public string Create(string role, string recipientId, string category)
    {
        var expires = (time.GetUtcNow() + Lifetime).ToUnixTimeSeconds();
        var payload = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{role}|{recipientId}|{category}|{expires}"));
        return $"{Base64Url(payload)}.{Base64Url(HMACSHA256.HashData(key, payload))}";
    }

    /// <summary>Whom and what the token unsubscribes, or null when it is malformed, tampered with or expired.</summary>
    public (string Role, string RecipientId, string Category)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024 || token.Split('.') is not [var body, var signature])
        {
            return null;
        }

        byte[] payload, mac;
        try
        {
            payload = FromBase64Url(body);
            mac = FromBase64Url(signature);
        }
        catch (FormatException)
        {
            return null;
        }

        if (!CryptographicOperations.FixedTimeEquals(mac, HMACSHA256.HashData(key, payload)))
        {
            return null;
        }

        if (Encoding.UTF8.GetString(payload).Split('|') is not [var role, var recipient, var category, var expiry]
            || !long.TryParse(expiry, NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || time.GetUtcNow().ToUnixTimeSeconds() > expires
            || !(category == NotificationCategories.Everything || NotificationCategories.All.Contains(category, StringComparer.Ordinal)))
        {
            return null;
        }

        return (role, recipient, category);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
