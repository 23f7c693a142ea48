using System.Collections.Frozen;
using DiasporaMatch.Reference;

namespace DiasporaMatch.Programme;

/// <summary>
/// The words of the programme charts and report page in the viewer's language (fr, ar, en, nl; French when the
/// language is not one of them, as elsewhere in the service).
/// </summary>
public static class ReportTexts
{
    public const string DefaultLanguage = "fr";

    public static readonly IReadOnlyList<string> Languages = ["fr", "ar", "en", "nl"];

    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Texts = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.Ordinal)
    {
        ["en"] = Table(
            ("person-days.title", "Person-days delivered"), ("person-days.y", "person-days"),
            ("missions.title", "Missions started, completed and cancelled"), ("missions.y", "missions"),
            ("started", "started"), ("completed", "completed"), ("cancelled", "cancelled"),
            ("by.total", "programme"), ("by.sector", "sector"), ("by.region", "region"), ("by.organisation", "organisation"), ("by.month", "month"), ("by.countryOfResidence", "country of residence"), ("by.gender", "gender"),
            ("report.title", "Programme report"), ("report.period", "Period"), ("report.group", "Group"),
            ("needsActive", "Needs active"), ("positionsFilled", "Positions filled"), ("missionsStarted", "Missions started"), ("missionsCompleted", "Missions completed"),
            ("missionsCancelled", "Missions cancelled"), ("personDays", "Person-days"), ("medianDaysToApproval", "Median days to approval"),
            ("p90DaysToApproval", "P90 days to approval"), ("acceptanceRate", "Acceptance rate"), ("meanRating", "Mean rating"),
            ("group.unknown", "unknown"), ("group.none", "no region"), ("group.not-declared", "not declared"), ("group.small-groups", "small groups, pooled"),
            ("gender.female", "women"), ("gender.male", "men"), ("gender.other", "other"),
            ("report.smallGroups", "Groups with fewer than 3 missions in the period are pooled (with the smallest other group while the pool has fewer), so that no one can be recognised. Needs have no expert: not counted by country of residence or gender.")),
        ["fr"] = Table(
            ("person-days.title", "Jours-personnes réalisés"), ("person-days.y", "jours-personnes"),
            ("missions.title", "Missions commencées, terminées et annulées"), ("missions.y", "missions"),
            ("started", "commencées"), ("completed", "terminées"), ("cancelled", "annulées"),
            ("by.total", "programme"), ("by.sector", "secteur"), ("by.region", "région"), ("by.organisation", "organisation"), ("by.month", "mois"), ("by.countryOfResidence", "pays de résidence"), ("by.gender", "genre"),
            ("report.title", "Rapport du programme"), ("report.period", "Période"), ("report.group", "Groupe"),
            ("needsActive", "Besoins actifs"), ("positionsFilled", "Postes pourvus"), ("missionsStarted", "Missions commencées"), ("missionsCompleted", "Missions terminées"),
            ("missionsCancelled", "Missions annulées"), ("personDays", "Jours-personnes"), ("medianDaysToApproval", "Jours jusqu'à l'approbation (médiane)"),
            ("p90DaysToApproval", "Jours jusqu'à l'approbation (P90)"), ("acceptanceRate", "Taux d'acceptation"), ("meanRating", "Note moyenne"),
            ("group.unknown", "inconnu"), ("group.none", "sans région"), ("group.not-declared", "non déclaré"), ("group.small-groups", "petits groupes regroupés"),
            ("gender.female", "femmes"), ("gender.male", "hommes"), ("gender.other", "autre"),
            ("report.smallGroups", "Les groupes de moins de 3 missions sur la période sont regroupés (avec le plus petit autre groupe tant que le regroupement en compte moins), pour que personne ne puisse être reconnu. Les besoins n'ont pas d'expert : ils ne sont pas comptés par pays de résidence ni par genre.")),
        ["nl"] = Table(
            ("person-days.title", "Geleverde persoonsdagen"), ("person-days.y", "persoonsdagen"),
            ("missions.title", "Missies gestart, voltooid en geannuleerd"), ("missions.y", "missies"),
            ("started", "gestart"), ("completed", "voltooid"), ("cancelled", "geannuleerd"),
            ("by.total", "programma"), ("by.sector", "sector"), ("by.region", "regio"), ("by.organisation", "organisatie"), ("by.month", "maand"), ("by.countryOfResidence", "woonland"), ("by.gender", "gender"),
            ("report.title", "Programmaverslag"), ("report.period", "Periode"), ("report.group", "Groep"),
            ("needsActive", "Actieve behoeften"), ("positionsFilled", "Vervulde posities"), ("missionsStarted", "Missies gestart"), ("missionsCompleted", "Missies voltooid"),
            ("missionsCancelled", "Missies geannuleerd"), ("personDays", "Persoonsdagen"), ("medianDaysToApproval", "Dagen tot goedkeuring (mediaan)"),
            ("p90DaysToApproval", "Dagen tot goedkeuring (P90)"), ("acceptanceRate", "Aanvaardingsgraad"), ("meanRating", "Gemiddelde beoordeling"),
            ("group.unknown", "onbekend"), ("group.none", "geen regio"), ("group.not-declared", "niet opgegeven"), ("group.small-groups", "kleine groepen, samengevoegd"),
            ("gender.female", "vrouwen"), ("gender.male", "mannen"), ("gender.other", "anders"),
            ("report.smallGroups", "Groepen met minder dan 3 missies in de periode worden samengevoegd (met de kleinste andere groep zolang de samenvoeging er minder telt), zodat niemand herkenbaar is. Behoeften hebben geen expert: ze tellen niet mee per woonland of gender.")),
        ["ar"] = Table(
            ("person-days.title", "أيام العمل المنجزة"), ("person-days.y", "أيام العمل"),
            ("missions.title", "المهام المبدوءة والمنجزة والملغاة"), ("missions.y", "المهام"),
            ("started", "مبدوءة"), ("completed", "منجزة"), ("cancelled", "ملغاة"),
            ("by.total", "البرنامج"), ("by.sector", "القطاع"), ("by.region", "الجهة"), ("by.organisation", "المؤسسة"), ("by.month", "الشهر"), ("by.countryOfResidence", "بلد الإقامة"), ("by.gender", "النوع الاجتماعي"),
            ("report.title", "تقرير البرنامج"), ("report.period", "الفترة"), ("report.group", "المجموعة"),
            ("needsActive", "الاحتياجات النشطة"), ("positionsFilled", "المناصب المشغولة"), ("missionsStarted", "المهام المبدوءة"), ("missionsCompleted", "المهام المنجزة"),
            ("missionsCancelled", "المهام الملغاة"), ("personDays", "أيام العمل"), ("medianDaysToApproval", "الأيام حتى الموافقة (الوسيط)"),
            ("p90DaysToApproval", "الأيام حتى الموافقة (P90)"), ("acceptanceRate", "معدل القبول"), ("meanRating", "متوسط التقييم"),
            ("group.unknown", "غير معروف"), ("group.none", "بدون جهة"), ("group.not-declared", "غير مصرّح به"), ("group.small-groups", "مجموعات صغيرة مجمّعة"),
            ("gender.female", "نساء"), ("gender.male", "رجال"), ("gender.other", "آخر"),
            ("report.smallGroups", "تُجمع المجموعات التي لديها أقل من 3 مهام خلال الفترة (مع أصغر مجموعة أخرى ما دام المجموع أقل من ذلك)، حتى لا يمكن التعرف على أي شخص. الاحتياجات ليس لها خبير: لا تُحسب حسب بلد الإقامة أو النوع الاجتماعي.")),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The language used for <paramref name="lang"/>: itself when supported, else French.</summary>
    public static string Resolve(string? lang) => lang is not null && Texts.ContainsKey(lang) ? lang : DefaultLanguage;

    public static string Get(string lang, string key) => Texts[Resolve(lang)][key];

    /// <summary>The breakdown's name in <paramref name="lang"/>, for an axis label or table heading.</summary>
    public static string Breakdown(string lang, IndicatorBreakdown by) => Get(lang, "by." + IndicatorBreakdowns.Name(by));

    /// <summary>
    /// A group's name in <paramref name="lang"/>, for a tick label or table row: the sector's, region's or country's
    /// name from <paramref name="reference"/> (the code when it has none, or without reference data), the gender in
    /// words, "not declared", "unknown" and the pooled small groups in words; organisations and months as they are.
    /// </summary>
    public static string Group(string lang, IndicatorBreakdown by, string key, ReferenceData? reference)
    {
        lang = Resolve(lang);
        string Named(FrozenDictionary<string, IReadOnlyDictionary<string, string>>? names) =>
            names is not null && names.TryGetValue(key, out var byLanguage) && byLanguage.TryGetValue(lang, out var name) ? name : key;
        return (by, key) switch
        {
            (IndicatorBreakdown.Total, _) => Get(lang, "by.total"),
            (_, ProgrammeIndicators.Unknown or ProgrammeIndicators.NotDeclared or ProgrammeIndicators.SmallGroups) => Get(lang, "group." + key),
            (IndicatorBreakdown.Region, ProgrammeReport.NoRegion) => Get(lang, "group.none"),
            (IndicatorBreakdown.Gender, _) => Texts[lang].GetValueOrDefault("gender." + key, key),
            (IndicatorBreakdown.Sector, _) => Named(reference?.SectorNames),
            (IndicatorBreakdown.Region, _) => Named(reference?.RegionNames),
            (IndicatorBreakdown.CountryOfResidence, _) => Named(reference?.CountryNames),
            _ => key,
        };
    }

    private static FrozenDictionary<string, string> Table(params (string Key, string Text)[] entries) =>
        entries.ToFrozenDictionary(e => e.Key, e => e.Text, StringComparer.Ordinal);
}
