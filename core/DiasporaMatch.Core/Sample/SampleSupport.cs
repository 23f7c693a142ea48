namespace DiasporaMatch.Sample;

/// <summary>
/// The sample's support phrases and the kind each one truly means — the generator's own truth, written apart from
/// the bundled vocabulary, so the hidden investor fit does not simply repeat what the scorer reads.
/// </summary>
public static class SampleSupport
{
    /// <summary>What investment centres write in <c>supportOffered</c>.</summary>
    public static IReadOnlyList<string> Offered { get; } =
        ["land access", "co-financing", "mentoring", "accompagnement administratif", "tax incentives", "incubation", "export support", "accès au foncier"];

    /// <summary>What investors write in <c>supportWanted</c>, in their languages; training and technology are never offered.</summary>
    public static IReadOnlyList<string> Wanted { get; } =
    [
        "land access", "accès au foncier", "toegang tot grond", "الولوج إلى العقار", "un terrain",
        "co-financing", "cofinancement", "financiering", "تمويل",
        "mentoring", "coaching", "begeleiding", "مواكبة",
        "help with permits", "démarches administratives", "vergunningen", "مساعدة إدارية",
        "tax incentives", "avantages fiscaux", "belastingvoordeel", "إعفاء ضريبي",
        "incubator", "incubatie", "حاضنة",
        "export support", "accès aux marchés", "تصدير",
        "formation du personnel", "technology transfer",
    ];

    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["land access"] = "land", ["accès au foncier"] = "land", ["toegang tot grond"] = "land", ["الولوج إلى العقار"] = "land", ["un terrain"] = "land",
        ["co-financing"] = "financing", ["cofinancement"] = "financing", ["financiering"] = "financing", ["تمويل"] = "financing",
        ["mentoring"] = "mentoring", ["coaching"] = "mentoring", ["begeleiding"] = "mentoring", ["مواكبة"] = "mentoring",
        ["accompagnement administratif"] = "administrative", ["help with permits"] = "administrative", ["démarches administratives"] = "administrative",
        ["vergunningen"] = "administrative", ["مساعدة إدارية"] = "administrative",
        ["tax incentives"] = "tax", ["avantages fiscaux"] = "tax", ["belastingvoordeel"] = "tax", ["إعفاء ضريبي"] = "tax",
        ["incubation"] = "incubation", ["incubator"] = "incubation", ["incubatie"] = "incubation", ["حاضنة"] = "incubation",
        ["export support"] = "export", ["accès aux marchés"] = "export", ["تصدير"] = "export",
        ["formation du personnel"] = "training", ["technology transfer"] = "technology",
    };

    /// <summary>The kind a sample phrase means; the phrase itself for one the sample never writes.</summary>
    public static string KindOf(string phrase) => Kinds.TryGetValue(phrase, out var kind) ? kind : phrase;

    /// <summary>Share of the wanted kinds among the offered ones; 0.5 when nothing is wanted.</summary>
    public static double Share(IReadOnlyList<string>? wanted, IReadOnlyList<string> offered)
    {
        var want = (wanted ?? []).Select(KindOf).Distinct(StringComparer.Ordinal).ToList();
        if (want.Count == 0)
        {
            return 0.5;
        }

        var have = offered.Select(KindOf).ToHashSet(StringComparer.Ordinal);
        return (double)want.Count(have.Contains) / want.Count;
    }
}
