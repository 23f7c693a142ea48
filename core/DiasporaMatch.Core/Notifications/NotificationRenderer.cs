using System.Globalization;
using System.Net;
using System.Text;
using DiasporaMatch.Assignments;
using DiasporaMatch.Needs;
using DiasporaMatch.Organisations;
using DiasporaMatch.Profiles;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;
using MimeKit;

namespace DiasporaMatch.Notifications;

/// <summary>
/// Renders a notification at send time from the records as they are now, in the recipient's language. Each
/// recipient reads only what concerns them: the institution learns the expert's name and address only once the
/// expert accepted (<see cref="AssignmentDisclosure.ExpertAccepted"/>); staff read ids, not names.
/// </summary>
public sealed class NotificationRenderer(IDocumentStore store, NotificationMailOptions options)
{
    public const string MessageIdDomain = "notifications.diasporamatch";

    /// <summary>The message, or the reason there is none (the recipient has no address, a record is gone).</summary>
    public async Task<(MimeMessage? Message, string? Problem)> RenderAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        var assignment = await ReadAsync<Assignment>(AssignmentService.Kind, notification.AssignmentId, cancellationToken);
        var need = assignment is null ? null : await ReadAsync<Need>(RecordKind.Needs, assignment.NeedId, cancellationToken);
        if (assignment is null || need is null)
        {
            return (null, $"the assignment or its need no longer exists");
        }

        var expert = await ReadAsync<ExpertProfile>(RecordKind.Profiles, assignment.ExpertId, cancellationToken);
        var organisation = await ReadAsync<Organisation>(RecordKind.Organisations, assignment.OrganisationId, cancellationToken);
        var (address, name, language) = notification.RecipientRole switch
        {
            NotificationRecipients.Expert => (expert?.Email, expert?.FullName, expert?.PreferredLanguage),
            NotificationRecipients.Institution => (organisation?.Email, null, organisation?.PreferredLanguage),
            _ => (options.StaffAddress, null, null),
        };
        if (string.IsNullOrWhiteSpace(address) || !MailboxAddress.TryParse(address, out var to))
        {
            return (null, $"the {notification.RecipientRole} has no usable email address");
        }

        language = NotificationTemplates.LanguageOf(language);
        var lines = Lines(notification, assignment, need, expert, organisation, name, language);
        var title = NotificationText.Clean($"{NotificationTemplates.Text(language, notification.Event + ".title")}: {need.Title}");
        var message = new MimeMessage
        {
            MessageId = $"{notification.Id}@{MessageIdDomain}",
            Subject = title,
        };
        message.From.Add(MailboxAddress.Parse(options.Sender));
        message.To.Add(to);

        var body = new BodyBuilder
        {
            TextBody = string.Join("\r\n\r\n", lines) + "\r\n",
            HtmlBody = Html(language, title, lines),
        };
        if (notification.RecipientRole != NotificationRecipients.Staff && AssignmentCalendar.MethodFor(notification, assignment) is { } method)
        {
            var ics = AssignmentCalendar.Invitation(assignment, need, method, options.Sender);
            var attachment = body.Attachments.Add("invitation.ics", Encoding.UTF8.GetBytes(ics), ContentType.Parse($"text/calendar; method={method}; charset=utf-8"));
            attachment.ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) { FileName = "invitation.ics" };
        }

        message.Body = body.ToMessageBody();
        message.Body.Headers.Add(HeaderId.ContentLanguage, language);
        return (message, null);
    }

    private static List<string> Lines(Notification notification, Assignment assignment, Need need, ExpertProfile? expert, Organisation? organisation, string? name, string language)
    {
        string T(string key, params object[] values) =>
            string.Format(CultureInfo.InvariantCulture, NotificationTemplates.Text(language, key), values);

        var lines = new List<string>
        {
            name is null ? T("hello") : T("helloName", NotificationText.Clean(name)),
            T(notification.Event, NotificationText.Clean(need.Title)),
            T("dates", assignment.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), assignment.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            T("place", NotificationText.Clean(AssignmentCalendar.Place(need))),
        };
        if (notification.RecipientRole == NotificationRecipients.Expert && organisation is not null)
        {
            lines.Add(T("institution", NotificationText.Clean(organisation.Name)));
        }

        // The same rule as the application's: the institution sees who the expert is only after they accepted.
        if (notification.RecipientRole == NotificationRecipients.Institution && expert is not null && AssignmentDisclosure.ExpertAccepted(assignment))
        {
            lines.Add(T("expert", NotificationText.Clean(expert.FullName), NotificationText.Clean(expert.Email)));
        }

        lines.Add(T("reference", assignment.Id));
        lines.Add(T("footer"));
        return lines;
    }

    private static string Html(string language, string title, IEnumerable<string> lines)
    {
        var direction = language == "ar" ? "rtl" : "ltr";
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{language}\" dir=\"{direction}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title></head><body>");
        foreach (var line in lines)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>");
        }

        return html.Append("</body></html>").ToString();
    }

    private async Task<T?> ReadAsync<T>(string kind, string id, CancellationToken cancellationToken)
        where T : class =>
        await store.GetAsync(kind, id, cancellationToken) is { } document ? RecordTypes.Read<T>(document.Json) : null;
}
