using System.Security.Cryptography;

namespace DiasporaMatch.Storage;

/// <summary>A content version: the same bytes always carry the same version, a changed byte never does.</summary>
public static class DocumentVersion
{
    public static string Of(ReadOnlySpan<byte> json)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(json, hash);
        return Convert.ToHexStringLower(hash[..10]);
    }
}
