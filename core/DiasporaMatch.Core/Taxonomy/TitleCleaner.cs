using System.Text.RegularExpressions;

namespace DiasporaMatch.Taxonomy;

/// <summary>
/// What a job title says besides the occupation, removed before resolution: gender markers ("(H/F)",
/// "m/v/x", "infirmier(e)", "développeur·se", "kapper/ster"), contract and seniority words ("CDI",
/// "senior", "deeltijds"), parenthesised asides ("(Casablanca)"); abbreviations are spelled out per
/// language ("RH", "vpk", "dev"). A title made of two ("Infirmier / Aide-soignant", "Dev - Lyon") also
/// gives each part, and a title in two gendered forms ("vendeur/vendeuse rayon boucherie") each form with the
/// words after it, so the resolver can take the best.
/// </summary>
internal static partial class TitleCleaner
{
    private const int MaxVariants = 7;

    private static readonly Dictionary<string, Dictionary<string, string>> Abbreviations = new(StringComparer.Ordinal)
    {
        ["en"] = Table(("dev", "developer"), ("devs", "developers"), ("mgr", "manager"), ("hr", "human resources"), ("it", "ICT"),
            ("asst", "assistant"), ("eng", "engineer"), ("admin", "administrator"), ("rep", "representative"), ("dept", "department"),
            ("sysadmin", "system administrator"), ("dba", "database administrator"), ("qa", "quality assurance"), ("gp", "general practitioner"),
            ("hgv", "heavy goods vehicle"), ("ux", "user experience"), ("vp", "vice president"), ("ceo", "chief executive officer"),
            ("cfo", "chief financial officer"), ("cto", "chief technology officer"), ("dpo", "data protection officer")),
        ["fr"] = Table(("rh", "ressources humaines"), ("dev", "développeur"), ("dév", "développeur"), ("tech", "technicien"),
            ("dir", "directeur"), ("assist", "assistant"), ("info", "informatique"), ("resp", "responsable"), ("admin", "administrateur"),
            ("it", "informatique"), ("dba", "administrateur de base de données"), ("dpo", "délégué à la protection des données"),
            ("comm", "communication"), ("dsi", "directeur des systèmes d'information"), ("daf", "directeur administratif et financier")),
        ["nl"] = Table(("vpk", "verpleegkundige"), ("mdw", "medewerker"), ("dev", "ontwikkelaar"), ("mgr", "manager"),
            ("admin", "administratief"), ("hr", "human resources"), ("it", "ICT")),
    };

    /// <summary>The cleaned title first, then (one title) the unexpanded and the as-written forms or (several joined) its parts, then (language unknown) each language's abbreviations spelled out; at most seven, none empty.</summary>
    public static IReadOnlyList<string> Variants(string text, string? language)
    {
        // The markers are stripped once; each spelling-out below is one more pass of the abbreviation table only.
        var stripped = StripMarkers(text);
        var cleaned = SpellOut(stripped, language);
        var variants = new List<string>(MaxVariants);
        Add(variants, cleaned.Length > 0 ? cleaned : text);

        // "consultant IT" is also an ESCO label as written: the unexpanded form competes too; and so does the phrase
        // as written, since a contract word can be part of a label ("formation en alternance" is a skill). A title
        // joining several is searched by its parts instead: those two whole forms changed no dev-set result there
        // and were the longest, slowest phrases resolved (p99 latency −10%).
        var parts = JoinSeparator().Split(cleaned);
        if (parts.Length == 1)
        {
            Add(variants, SpellOut(stripped, null));
            Add(variants, text.Trim());
        }

        foreach (var part in parts)
        {
            // A slash between words is one title in two forms, each with the words after it ("monteur/monteuse
            // panneaux solaires"); a slash set apart by spaces joins titles ("policier / gardien de la paix").
            var forms = LabelLists.WrittenForms(part);
            foreach (var form in forms.Count > 0 ? forms : part.Split('/'))
            {
                Add(variants, form.Trim());
            }
        }

        // A record's language is not known ("Responsable RH" in a profile): each language's spelling-out competes.
        if (language is null)
        {
            foreach (var table in Abbreviations.Keys)
            {
                Add(variants, SpellOut(stripped, table));
            }
        }

        return variants;
    }

    /// <summary>Gender and inflection markers, asides, and contract words unless nothing else is left.</summary>
    private static string StripMarkers(string text)
    {
        var cleaned = GenderMarker().Replace(text, " ");
        cleaned = InflectionMarker().Replace(cleaned, string.Empty);
        cleaned = Aside().Replace(cleaned, " ");
        var stripped = ContractWord().Replace(cleaned, " ");
        return stripped.Any(char.IsLetter) ? stripped : cleaned;
    }

    /// <summary>The language's abbreviations spelled out (none when it is unknown), white space folded, edges trimmed.</summary>
    private static string SpellOut(string stripped, string? language)
    {
        var cleaned = language is not null && Abbreviations.TryGetValue(language, out var table)
            ? Word().Replace(stripped, m => table.TryGetValue(m.Value.TrimEnd('.').ToLowerInvariant(), out var full) ? full : m.Value)
            : stripped;
        return Spaces().Replace(cleaned, " ").Trim(' ', '-', '–', '—', ',', '|', '/');
    }

    private static void Add(List<string> variants, string variant)
    {
        if (variants.Count < MaxVariants && variant.Any(char.IsLetter) && !variants.Contains(variant, StringComparer.Ordinal))
        {
            variants.Add(variant);
        }
    }

    private static Dictionary<string, string> Table(params (string Short, string Full)[] entries) =>
        entries.ToDictionary(e => e.Short, e => e.Full, StringComparer.Ordinal);

    [GeneratedRegex(@"\(\s*(?:all genders|tous genres|[hfmvxwd](?:\s*/\s*[hfmvxwd]){1,2})\s*\)|(?<![\p{L}\p{N}])[hfmvx](?:\s*/\s*[hfmvxwd]){1,2}(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenderMarker();

    [GeneratedRegex(@"(?<=\p{L})(?:\((?:e|ne|se|le|ère|euse|trice|es|s|n|ster)\)|[·•.](?:e|ne|se|ère|euse|trice)s?(?!\p{L})|/(?:ster|e|ne|se|euse|trice|ère)(?!\p{L}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InflectionMarker();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Aside();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:senior|sr\.|junior|jr\.?|medior|trainee|intern|internship|stagiaire|stagiair|alternance|apprenti|cdi|cdd|intérim|interim|freelance|part[- ]time|full[- ]time|temps plein|temps partiel|deeltijds|voltijds|tijdelijk|temporary|confirmée?|متدرب|مؤقت|دوام جزئي)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContractWord();

    [GeneratedRegex(@"\s+[-–—|]\s+|\s+/\s*|\s*/\s+")]
    private static partial Regex JoinSeparator();

    [GeneratedRegex(@"[\p{L}]+\.?")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
