using System.Globalization;

namespace DiasporaMatch.Ranking;

/// <summary>
/// One reason a ranking gives, as a stable code with its arguments (numbers as invariant text; languages, regions
/// and sectors as codes); <see cref="ReasonCatalogue"/> renders it in the reader's language.
/// </summary>
public sealed record Reason(string Code, IReadOnlyDictionary<string, string> Args)
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    /// <summary>Code and arguments as one text: two reasons saying the same thing have the same key.</summary>
    public string Key => Args.Count == 0 ? Code : Code + "|" + string.Join("|", Args.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + a.Value));

    internal static Reason Of(string code) => new(code, None);

    internal static Reason Of(string code, params (string Name, object Value)[] args) =>
        new(code, args.ToDictionary(a => a.Name, a => Convert.ToString(a.Value, CultureInfo.InvariantCulture)!, StringComparer.Ordinal));
}
