using DiasporaMatch.Assignments;

namespace DiasporaMatch.Notifications;

/// <summary>Who must hear of each move: the party who has to act next, and the parties whose plans it changes.</summary>
internal static class NotificationRecipients
{
    public const string Expert = "expert";
    public const string Institution = "institution";
    public const string Staff = "staff";

    public static IReadOnlyList<string> For(AssignmentState state) => state switch
    {
        AssignmentState.Proposed => [Expert],
        AssignmentState.Accepted => [Institution, Staff],
        AssignmentState.Declined => [Institution, Staff],
        AssignmentState.Confirmed => [Expert, Staff],
        AssignmentState.Approved => [Expert, Institution],
        AssignmentState.Rejected => [Expert, Institution],
        AssignmentState.Cancelled => [Expert, Institution, Staff],
        AssignmentState.Completed => [Expert, Institution],
        _ => [],
    };
}
