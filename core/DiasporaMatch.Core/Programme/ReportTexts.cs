using System.Collections.Frozen;

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
            ("by.total", "programme"), ("by.sector", "sector"), ("by.region", "region"), ("by.organisation", "organisation"), ("by.month", "month"),
            ("report.title", "Programme report"), ("report.period", "Period"), ("report.group", "Group"),
            ("needsActive", "Needs active"), ("positionsFilled", "Positions filled"), ("missionsStarted", "Missions started"), ("missionsCompleted", "Missions completed"),
            ("missionsCancelled", "Missions cancelled"), ("personDays", "Person-days"), ("medianDaysToApproval", "Median days to approval"),
            ("p90DaysToApproval", "P90 days to approval"), ("acceptanceRate", "Acceptance rate"), ("meanRating", "Mean rating")),
        ["fr"] = Table(
            ("person-days.title", "Jours-personnes réalisés"), ("person-days.y", "jours-personnes"),
            ("missions.title", "Missions commencées, terminées et annulées"), ("missions.y", "missions"),
            ("started", "commencées"), ("completed", "terminées"), ("cancelled", "annulées"),
            ("by.total", "programme"), ("by.sector", "secteur"), ("by.region", "région"), ("by.organisation", "organisation"), ("by.month", "mois"),
            ("report.title", "Rapport du programme"), ("report.period", "Période"), ("report.group", "Groupe"),
            ("needsActive", "Besoins actifs"), ("positionsFilled", "Postes pourvus"), ("missionsStarted", "Missions commencées"), ("missionsCompleted", "Missions terminées"),
            ("missionsCancelled", "Missions annulées"), ("personDays", "Jours-personnes"), ("medianDaysToApproval", "Jours jusqu'à l'approbation (médiane)"),
            ("p90DaysToApproval", "Jours jusqu'à l'approbation (P90)"), ("acceptanceRate", "Taux d'acceptation"), ("meanRating", "Note moyenne")),
        ["nl"] = Table(
            ("person-days.title", "Geleverde persoonsdagen"), ("person-days.y", "persoonsdagen"),
            ("missions.title", "Missies gestart, voltooid en geannuleerd"), ("missions.y", "missies"),
            ("started", "gestart"), ("completed", "voltooid"), ("cancelled", "geannuleerd"),
            ("by.total", "programma"), ("by.sector", "sector"), ("by.region", "regio"), ("by.organisation", "organisatie"), ("by.month", "maand"),
            ("report.title", "Programmaverslag"), ("report.period", "Periode"), ("report.group", "Groep"),
            ("needsActive", "Actieve behoeften"), ("positionsFilled", "Vervulde posities"), ("missionsStarted", "Missies gestart"), ("missionsCompleted", "Missies voltooid"),
            ("missionsCancelled", "Missies geannuleerd"), ("personDays", "Persoonsdagen"), ("medianDaysToApproval", "Dagen tot goedkeuring (mediaan)"),
            ("p90DaysToApproval", "Dagen tot goedkeuring (P90)"), ("acceptanceRate", "Aanvaardingsgraad"), ("meanRating", "Gemiddelde beoordeling")),
        ["ar"] = Table(
            ("person-days.title", "أيام العمل المنجزة"), ("person-days.y", "أيام العمل"),
            ("missions.title", "المهام المبدوءة والمنجزة والملغاة"), ("missions.y", "المهام"),
            ("started", "مبدوءة"), ("completed", "منجزة"), ("cancelled", "ملغاة"),
            ("by.total", "البرنامج"), ("by.sector", "القطاع"), ("by.region", "الجهة"), ("by.organisation", "المؤسسة"), ("by.month", "الشهر"),
            ("report.title", "تقرير البرنامج"), ("report.period", "الفترة"), ("report.group", "المجموعة"),
            ("needsActive", "الاحتياجات النشطة"), ("positionsFilled", "المناصب المشغولة"), ("missionsStarted", "المهام المبدوءة"), ("missionsCompleted", "المهام المنجزة"),
            ("missionsCancelled", "المهام الملغاة"), ("personDays", "أيام العمل"), ("medianDaysToApproval", "الأيام حتى الموافقة (الوسيط)"),
            ("p90DaysToApproval", "الأيام حتى الموافقة (P90)"), ("acceptanceRate", "معدل القبول"), ("meanRating", "متوسط التقييم")),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The language used for <paramref name="lang"/>: itself when supported, else French.</summary>
    public static string Resolve(string? lang) => lang is not null && Texts.ContainsKey(lang) ? lang : DefaultLanguage;

    public static string Get(string lang, string key) => Texts[Resolve(lang)][key];

    /// <summary>The breakdown's name in <paramref name="lang"/>, for an axis label or table heading.</summary>
    public static string Breakdown(string lang, IndicatorBreakdown by) => Get(lang, "by." + by.ToString().ToLowerInvariant());

    private static FrozenDictionary<string, string> Table(params (string Key, string Text)[] entries) =>
        entries.ToFrozenDictionary(e => e.Key, e => e.Text, StringComparer.Ordinal);
}
