using System.Text.RegularExpressions;
using DiasporaMatch.Validation;

namespace DiasporaMatch.Storage;

/// <summary>Kinds and ids become path segments: both are checked so no name can leave its folder.</summary>
public static partial class StoreNames
{
    public static void Check(string kind, string id)
    {
        CheckKind(kind);
        if (!TextChecks.IsValidId(id))
        {
            throw new ArgumentException(TextChecks.CheckId(id), nameof(id));
        }
    }

    public static void CheckKind(string kind)
    {
        if (!KindPattern().IsMatch(kind))
        {
            throw new ArgumentException($"\"{TextChecks.Shorten(kind)}\" is not a valid kind", nameof(kind));
        }
    }

    [GeneratedRegex(@"^[a-z][a-z-]{0,31}\z", RegexOptions.CultureInvariant)]
    private static partial Regex KindPattern();
}
