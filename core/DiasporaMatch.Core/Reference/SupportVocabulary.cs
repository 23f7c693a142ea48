using System.Text.Json;
using DiasporaMatch.Text;

namespace DiasporaMatch.Reference;

/// <summary>
/// The kinds of support investors look for and opportunities offer (<c>data/reference/support-kinds.json</c>),
/// so free phrases in any language compare as kinds: a phrase is of a kind when every folded token of one of
/// the kind's labels is in the phrase ("Accès au foncier" and "land access" are both <c>land</c>).
/// </summary>
public sealed class SupportVocabulary
{
    public const string FileName = "support-kinds.json";

    private static readonly Lazy<SupportVocabulary> BundledVocabulary = new(() => Load(Path.Combine(DataPaths.ReferenceFolder, FileName)));

    private readonly (SupportKind Kind, string[][] Labels)[] _kinds;

    private SupportVocabulary(IReadOnlyList<SupportKind> kinds)
    {
        Kinds = kinds;
        _kinds = kinds
            .Select(k => (k, k.Labels.Values.SelectMany(l => l).Select(FoldedTokens.Of).Where(t => t.Length > 0).ToArray()))
            .ToArray();
    }

    /// <summary>The vocabulary shipped beside the program, loaded once.</summary>
    public static SupportVocabulary Bundled => BundledVocabulary.Value;

    public IReadOnlyList<SupportKind> Kinds { get; }

    public static SupportVocabulary Load(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
        var kinds = doc.RootElement.GetProperty("kinds").EnumerateArray()
            .Select(k => new SupportKind(
                k.GetProperty("id").GetString()!,
                k.GetProperty("labels").EnumerateObject().ToDictionary(
                    l => l.Name,
                    l => (IReadOnlyList<string>)l.Value.EnumerateArray().Select(v => v.GetString()!).ToArray())))
            .ToArray();
        return new SupportVocabulary(kinds);
    }

    /// <summary>The kinds a phrase names, in vocabulary order; empty for a phrase of no known kind.</summary>
    public IReadOnlyList<SupportKind> KindsOf(string? phrase) => KindsOf(FoldedTokens.Of(phrase));

    /// <summary>As <see cref="KindsOf(string?)"/>, for a phrase already folded.</summary>
    public IReadOnlyList<SupportKind> KindsOf(string[] tokens)
    {
        var found = new List<SupportKind>();
        if (tokens.Length == 0)
        {
            return found;
        }

        foreach (var (kind, labels) in _kinds)
        {
            if (labels.Any(label => label.All(t => Array.IndexOf(tokens, t) >= 0)))
            {
                found.Add(kind);
            }
        }

        return found;
    }
}
