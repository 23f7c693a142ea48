using System.Collections.Frozen;

namespace DiasporaMatch.Notifications;

/// <summary>The wording of every notification in fr, ar, en and nl; {0} is the need's title, already made safe.</summary>
internal static class NotificationTemplates
{
    public const string DefaultLanguage = "fr";

    public static readonly IReadOnlyList<string> Languages = ["fr", "ar", "en", "nl"];

    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Texts = new Dictionary<string, FrozenDictionary<string, string>>
    {
        ["fr"] = new Dictionary<string, string>
        {
            ["proposed.title"] = "Nouvelle proposition de mission",
            ["proposed"] = "Vous avez été proposé·e pour la mission « {0} ». Merci d'accepter ou de décliner dans l'application.",
            ["accepted.title"] = "Mission acceptée",
            ["accepted"] = "L'expert·e a accepté la mission « {0} ».",
            ["declined.title"] = "Proposition déclinée",
            ["declined"] = "La proposition pour la mission « {0} » a été déclinée.",
            ["confirmed.title"] = "Mission confirmée",
            ["confirmed"] = "L'institution a confirmé la mission « {0} » ; elle attend l'approbation du programme.",
            ["approved.title"] = "Mission approuvée",
            ["approved"] = "La mission « {0} » est approuvée. L'invitation de calendrier est jointe.",
            ["rejected.title"] = "Mission non approuvée",
            ["rejected"] = "La mission « {0} » n'a pas été approuvée.",
            ["cancelled.title"] = "Mission annulée",
            ["cancelled"] = "La mission « {0} » est annulée.",
            ["completed.title"] = "Mission terminée",
            ["completed"] = "La mission « {0} » est terminée. Merci !",
            ["reminder-proposal.title"] = "Rappel : proposition en attente",
            ["reminder-proposal"] = "La proposition pour la mission « {0} » attend toujours votre réponse.",
            ["starting-soon.title"] = "La mission commence bientôt",
            ["starting-soon"] = "La mission « {0} » commence dans moins d'une semaine.",
            ["hello"] = "Bonjour,",
            ["helloName"] = "Bonjour {0},",
            ["dates"] = "Dates : du {0} au {1}",
            ["place"] = "Lieu : {0}",
            ["institution"] = "Institution : {0}",
            ["expert"] = "Expert·e : {0} <{1}>",
            ["reference"] = "Référence : {0}",
            ["footer"] = "Ce message vous est envoyé par le programme DiasporaMatch.",
        }.ToFrozenDictionary(),
        ["ar"] = new Dictionary<string, string>
        {
            ["proposed.title"] = "اقتراح مهمة جديد",
            ["proposed"] = "تم اقتراحك للمهمة «{0}». يرجى القبول أو الرفض في التطبيق.",
            ["accepted.title"] = "تم قبول المهمة",
            ["accepted"] = "قبل الخبير المهمة «{0}».",
            ["declined.title"] = "تم رفض الاقتراح",
            ["declined"] = "تم رفض الاقتراح الخاص بالمهمة «{0}».",
            ["confirmed.title"] = "تم تأكيد المهمة",
            ["confirmed"] = "أكدت المؤسسة المهمة «{0}»، وهي في انتظار موافقة البرنامج.",
            ["approved.title"] = "تمت الموافقة على المهمة",
            ["approved"] = "تمت الموافقة على المهمة «{0}». دعوة التقويم مرفقة.",
            ["rejected.title"] = "لم تتم الموافقة على المهمة",
            ["rejected"] = "لم تتم الموافقة على المهمة «{0}».",
            ["cancelled.title"] = "تم إلغاء المهمة",
            ["cancelled"] = "تم إلغاء المهمة «{0}».",
            ["completed.title"] = "اكتملت المهمة",
            ["completed"] = "اكتملت المهمة «{0}». شكرًا لكم!",
            ["reminder-proposal.title"] = "تذكير: اقتراح في انتظار ردك",
            ["reminder-proposal"] = "لا يزال الاقتراح الخاص بالمهمة «{0}» في انتظار ردك.",
            ["starting-soon.title"] = "المهمة تبدأ قريبًا",
            ["starting-soon"] = "تبدأ المهمة «{0}» في أقل من أسبوع.",
            ["hello"] = "مرحبًا،",
            ["helloName"] = "مرحبًا {0}،",
            ["dates"] = "التواريخ: من {0} إلى {1}",
            ["place"] = "المكان: {0}",
            ["institution"] = "المؤسسة: {0}",
            ["expert"] = "الخبير: {0} <{1}>",
            ["reference"] = "المرجع: {0}",
            ["footer"] = "أرسل هذه الرسالة برنامج DiasporaMatch.",
        }.ToFrozenDictionary(),
        ["en"] = new Dictionary<string, string>
        {
            ["proposed.title"] = "New mission proposal",
            ["proposed"] = "You have been proposed for the mission “{0}”. Please accept or decline in the application.",
            ["accepted.title"] = "Mission accepted",
            ["accepted"] = "The expert accepted the mission “{0}”.",
            ["declined.title"] = "Proposal declined",
            ["declined"] = "The proposal for the mission “{0}” was declined.",
            ["confirmed.title"] = "Mission confirmed",
            ["confirmed"] = "The institution confirmed the mission “{0}”; it awaits the programme's approval.",
            ["approved.title"] = "Mission approved",
            ["approved"] = "The mission “{0}” is approved. The calendar invitation is attached.",
            ["rejected.title"] = "Mission not approved",
            ["rejected"] = "The mission “{0}” was not approved.",
            ["cancelled.title"] = "Mission cancelled",
            ["cancelled"] = "The mission “{0}” is cancelled.",
            ["completed.title"] = "Mission completed",
            ["completed"] = "The mission “{0}” is completed. Thank you!",
            ["reminder-proposal.title"] = "Reminder: proposal awaiting your answer",
            ["reminder-proposal"] = "The proposal for the mission “{0}” still awaits your answer.",
            ["starting-soon.title"] = "Mission starting soon",
            ["starting-soon"] = "The mission “{0}” starts within a week.",
            ["hello"] = "Hello,",
            ["helloName"] = "Hello {0},",
            ["dates"] = "Dates: {0} to {1}",
            ["place"] = "Place: {0}",
            ["institution"] = "Institution: {0}",
            ["expert"] = "Expert: {0} <{1}>",
            ["reference"] = "Reference: {0}",
            ["footer"] = "This message was sent by the DiasporaMatch programme.",
        }.ToFrozenDictionary(),
        ["nl"] = new Dictionary<string, string>
        {
            ["proposed.title"] = "Nieuw missievoorstel",
            ["proposed"] = "U bent voorgesteld voor de missie „{0}”. Aanvaard of weiger het voorstel in de toepassing.",
            ["accepted.title"] = "Missie aanvaard",
            ["accepted"] = "De expert heeft de missie „{0}” aanvaard.",
            ["declined.title"] = "Voorstel afgewezen",
            ["declined"] = "Het voorstel voor de missie „{0}” werd afgewezen.",
            ["confirmed.title"] = "Missie bevestigd",
            ["confirmed"] = "De instelling heeft de missie „{0}” bevestigd; ze wacht op de goedkeuring van het programma.",
            ["approved.title"] = "Missie goedgekeurd",
            ["approved"] = "De missie „{0}” is goedgekeurd. De agenda-uitnodiging is bijgevoegd.",
            ["rejected.title"] = "Missie niet goedgekeurd",
            ["rejected"] = "De missie „{0}” werd niet goedgekeurd.",
            ["cancelled.title"] = "Missie geannuleerd",
            ["cancelled"] = "De missie „{0}” is geannuleerd.",
            ["completed.title"] = "Missie afgerond",
            ["completed"] = "De missie „{0}” is afgerond. Bedankt!",
            ["reminder-proposal.title"] = "Herinnering: voorstel wacht op uw antwoord",
            ["reminder-proposal"] = "Het voorstel voor de missie „{0}” wacht nog op uw antwoord.",
            ["starting-soon.title"] = "Missie begint binnenkort",
            ["starting-soon"] = "De missie „{0}” begint binnen een week.",
            ["hello"] = "Goedendag,",
            ["helloName"] = "Beste {0},",
            ["dates"] = "Data: van {0} tot {1}",
            ["place"] = "Plaats: {0}",
            ["institution"] = "Instelling: {0}",
            ["expert"] = "Expert: {0} <{1}>",
            ["reference"] = "Referentie: {0}",
            ["footer"] = "Dit bericht werd verzonden door het DiasporaMatch-programma.",
        }.ToFrozenDictionary(),
    }.ToFrozenDictionary();

    /// <summary>The recipient's language when it is one we write in; French otherwise.</summary>
    public static string LanguageOf(string? preferred) =>
        preferred is not null && Texts.ContainsKey(preferred) ? preferred : DefaultLanguage;

    public static string Text(string language, string key) => Texts[LanguageOf(language)][key];
}
