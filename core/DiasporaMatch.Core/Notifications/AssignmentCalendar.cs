using DiasporaMatch.Assignments;
using DiasporaMatch.Needs;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace DiasporaMatch.Notifications;

/// <summary>
/// An approved assignment as an iCalendar event: one UID per assignment, so a cancellation (METHOD:CANCEL, a
/// higher SEQUENCE) replaces the invitation in the recipient's calendar instead of adding a second event.
/// </summary>
public static class AssignmentCalendar
{
    public const string Request = "REQUEST";
    public const string Cancel = "CANCEL";

    public static string Uid(string assignmentId) => $"{assignmentId}@diasporamatch";

    /// <summary>REQUEST when the notification is the approval or new dates of a booked mission, CANCEL when it cancels an approved assignment, else none.</summary>
    public static string? MethodFor(Notification notification, Assignment assignment) => notification.Event switch
    {
        "approved" => Request,
        NotificationOutbox.Events.Rescheduled when AssignmentWorkflow.IsBooked(assignment.State) => Request,
        "cancelled" when assignment.History.Take(notification.Transition).Any(t => t.To == AssignmentState.Approved) => Cancel,
        _ => null,
    };

    public static string Place(Need need) => string.Join(", ", new[] { need.City, need.Region, need.Country }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>The invitation (or its cancellation) as .ics text.</summary>
    public static string Invitation(Assignment assignment, Need need, string method, string contact)
    {
        var calendar = new Calendar { Method = method };
        calendar.Events.Add(Event(assignment, need, contact, cancelled: method == Cancel));
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    /// <summary>A feed of assignments (approved and later; cancelled ones marked so), for a calendar subscription.</summary>
    public static string Feed(IEnumerable<(Assignment Assignment, Need Need)> assignments, string contact)
    {
        var calendar = new Calendar { Method = "PUBLISH" };
        foreach (var (assignment, need) in assignments)
        {
            calendar.Events.Add(Event(assignment, need, contact, cancelled: assignment.State == AssignmentState.Cancelled));
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalendarEvent Event(Assignment assignment, Need need, string contact, bool cancelled) => new()
    {
        Uid = Uid(assignment.Id),
        Summary = NotificationText.Clean(need.Title),
        Location = NotificationText.Clean(Place(need)),
        DtStart = new CalDateTime(assignment.From.Year, assignment.From.Month, assignment.From.Day),
        // All-day events end the day after their last day (RFC 5545 3.6.1).
        DtEnd = new CalDateTime(assignment.To.Year, assignment.To.Month, assignment.To.Day).AddDays(1),
        Organizer = new Organizer($"mailto:{contact}"),
        Contacts = [$"mailto:{contact}"],
        // Each change of dates, then a cancellation, must outrank what the recipient's calendar holds (RFC 5546 2.1.4).
        Sequence = assignment.Reschedules.Count + (cancelled ? 1 : 0),
        Status = cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
    };
}
