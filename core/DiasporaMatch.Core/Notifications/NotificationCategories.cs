namespace DiasporaMatch.Notifications;

/// <summary>The groups a person turns email on or off by (and unsubscribes from), each a set of events.</summary>
public static class NotificationCategories
{
    public const string Assignments = "assignments";
    public const string Reminders = "reminders";
    public const string Opportunities = "opportunities";
    public const string Needs = "needs";
    public const string Imports = "imports";
    public const string Erasures = "erasures";

    /// <summary>Not a category: what a digest's unsubscribe link turns off (every category at once).</summary>
    public const string Everything = "all";

    public static IReadOnlyList<string> All { get; } = [Assignments, Reminders, Opportunities, Needs, Imports, Erasures];

    public static string Of(string eventName) => eventName switch
    {
        NotificationOutbox.Events.ReminderProposal or NotificationOutbox.Events.ReminderProposalStaff
            or NotificationOutbox.Events.StartingSoon or NotificationOutbox.Events.NeedNoShortlist => Reminders,
        NotificationOutbox.Events.OpportunityMatch => Opportunities,
        NotificationOutbox.Events.NeedCandidates => Needs,
        NotificationOutbox.Events.ImportReady => Imports,
        NotificationOutbox.Events.ErasureDone => Erasures,
        _ => Assignments,
    };
}
