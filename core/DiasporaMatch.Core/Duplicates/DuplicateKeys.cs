using System.Security.Cryptography;
using System.Text;
using DiasporaMatch.Profiles;
using DiasporaMatch.Text;

namespace DiasporaMatch.Duplicates;

/// <summary>
/// The terms the profile index holds so a profile's probable duplicates are found without reading every profile
/// (<c>Search/ProfileLookalikes</c>): its e-mail, hashed (finding the same address needs equality, not the address),
/// and the character trigrams of its folded name words, which close names share even with a typo.
/// </summary>
public static class DuplicateKeys
{
    public static IEnumerable<string> Of(ExpertProfile profile) =>
        Email(profile.Email) is { } email ? Name(profile.FullName).Append(email) : Name(profile.FullName);

    public static string? Email(string? email) =>
        DuplicateFinder.Email(email) is { } folded ? "e:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(folded)))[..32] : null;

    public static IEnumerable<string> Name(string? fullName) =>
        FoldedTokens.Of(fullName)
            .SelectMany(word => Trigrams("^" + word + "$"))
            .Distinct(StringComparer.Ordinal)
            .Select(gram => "g:" + gram);

    private static IEnumerable<string> Trigrams(string word)
    {
        for (var i = 0; i + 3 <= word.Length; i++)
        {
            yield return word.Substring(i, 3);
        }
    }
}
