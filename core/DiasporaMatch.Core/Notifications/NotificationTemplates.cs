using DiasporaMatch.Reference;

namespace DiasporaMatch.Notifications;

/// <summary>The wording of every notification in fr, ar, en and nl (<c>data/reference/notification-texts.json</c>); {0} is the need's title, already made safe.</summary>
internal static class NotificationTemplates
{
    public const string FileName = "notification-texts.json";

    private static readonly Lazy<TextTable> Table = new(() => TextTable.Load(Path.Combine(DataPaths.ReferenceFolder, FileName)));

    public static IReadOnlyList<string> Languages => Table.Value.Languages;

    /// <summary>The recipient's language when it is one we write in; French (the file's first) otherwise.</summary>
    public static string LanguageOf(string? preferred) => Table.Value.LanguageOf(preferred);

    public static string Text(string language, string key) => Table.Value.Get(language, key);
}
