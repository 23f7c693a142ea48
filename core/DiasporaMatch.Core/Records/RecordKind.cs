namespace DiasporaMatch.Records;

/// <summary>The kinds of record the service holds; also the store's collection names and the CLI's <c>--kind</c> values.</summary>
public static class RecordKind
{
    public const string Profiles = "profiles";
    public const string Needs = "needs";
    public const string Opportunities = "opportunities";
    public const string Organisations = "organisations";
    public const string Decisions = "decisions";

    public static IReadOnlyList<string> All { get; } = [Organisations, Profiles, Needs, Opportunities, Decisions];

    public static bool IsKnown(string kind) => All.Contains(kind, StringComparer.Ordinal);

    /// <summary>Prefix of service-assigned ids, so an id says what it names.</summary>
    public static string IdPrefix(string kind) => kind switch
    {
        Profiles => "E",
        Needs => "N",
        Opportunities => "O",
        Organisations => "ORG",
        Decisions => "D",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown record kind"),
    };
}
