using System.Globalization;
using System.Net;
using System.Text;
using DiasporaMatch.Assignments;
using DiasporaMatch.Audit;
using DiasporaMatch.Needs;
using DiasporaMatch.Opportunities;
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
public sealed class NotificationRenderer(IDocumentStore store, NotificationMailOptions options, TimeProvider? time = null)
{
    private readonly UnsubscribeTokens? _unsubscribe = options.UnsubscribeTokens(time ?? TimeProvider.System);

    public const string MessageIdDomain = "notifications.diasporamatch";

    /// <summary>The message, or the reason there is none (the recipient has no address, a record is gone).</summary>
    public async Task<(MimeMessage? Message, string? Problem)> RenderAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        if (notification.SubjectId is not null)
        {
            return await RenderEventAsync(notification, cancellationToken);
        }

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
        var (message, body) = Compose(notification, to, language, title, lines);
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

    /// <summary>
    /// The events that are not an assignment's: staff read titles and ids (a need, an import's counts, an erasure's
    /// tombstone), an investor reads the opportunity that matches their interests.
    /// </summary>
    private async Task<(MimeMessage? Message, string? Problem)> RenderEventAsync(Notification notification, CancellationToken cancellationToken)
    {
        var subjectId = notification.SubjectId!;
        string? address = options.StaffAddress, name = null, language = null, subject;
        var details = new List<(string Key, object[] Values)>();
        switch (notification.Event)
        {
            case NotificationOutbox.Events.NeedCandidates or NotificationOutbox.Events.NeedNoShortlist:
                if (await ReadAsync<Need>(RecordKind.Needs, subjectId, cancellationToken) is not { } need)
                {
                    return (null, "the need no longer exists");
                }

                subject = need.Title;
                break;
            case NotificationOutbox.Events.OpportunityMatch:
                var opportunity = await ReadAsync<Opportunity>(RecordKind.Opportunities, subjectId, cancellationToken);
                var investor = await ReadAsync<ExpertProfile>(RecordKind.Profiles, notification.RecipientId, cancellationToken);
                if (opportunity is null || investor is null)
                {
                    return (null, "the opportunity or the investor no longer exists");
                }

                (address, name, language, subject) = (investor.Email, investor.FullName, investor.PreferredLanguage, opportunity.Title);
                details.Add(("sector", [NotificationText.Clean(opportunity.Sector), NotificationText.Clean(opportunity.Region ?? opportunity.Country)]));
                if (await ReadAsync<Organisation>(RecordKind.Organisations, opportunity.OrganisationId, cancellationToken) is { } organisation)
                {
                    details.Add(("institution", [NotificationText.Clean(organisation.Name)]));
                }

                break;
            case NotificationOutbox.Events.ImportReady:
                if (await ReadAsync<AuditEvent>(AuditLog.Kind, subjectId, cancellationToken) is not { } audit)
                {
                    return (null, "the import's audit entry no longer exists");
                }

                subject = audit.SubjectId;
                details.Add(("summary", [NotificationText.Clean(audit.After)]));
                break;
            case NotificationOutbox.Events.ErasureDone:
                subject = null;
                break;
            default:
                return (null, $"no template for the event {notification.Event}");
        }

        if (string.IsNullOrWhiteSpace(address) || !MailboxAddress.TryParse(address, out var to))
        {
            return (null, $"the {notification.RecipientRole} has no usable email address");
        }

        language = NotificationTemplates.LanguageOf(language);
        string T(string key, params object[] values) =>
            string.Format(CultureInfo.InvariantCulture, NotificationTemplates.Text(language, key), values);

        var lines = new List<string>
        {
            name is null ? T("hello") : T("helloName", NotificationText.Clean(name)),
            T(notification.Event, NotificationText.Clean(subject)),
        };
        lines.AddRange(details.Select(d => T(d.Key, d.Values)));
        lines.Add(T("reference", subjectId));
        lines.Add(T("footer"));
        var heading = NotificationTemplates.Text(language, notification.Event + ".title");
        var title = NotificationText.Clean(subject is null ? heading : $"{heading}: {subject}");
        var (message, body) = Compose(notification, to, language, title, lines);
        message.Body = body.ToMessageBody();
        message.Body.Headers.Add(HeaderId.ContentLanguage, language);
        return (message, null);
    }

    private (MimeMessage Message, BodyBuilder Body) Compose(Notification notification, MailboxAddress to, string language, string title, IReadOnlyList<string> lines)
    {
        var message = new MimeMessage
        {
            MessageId = $"{notification.Id}@{MessageIdDomain}",
            Subject = title,
        };
        message.From.Add(MailboxAddress.Parse(options.Sender));
        message.To.Add(to);
        AddUnsubscribe(message, notification.RecipientRole, notification.RecipientId, NotificationCategories.Of(notification.Event));
        var body = new BodyBuilder
        {
            TextBody = string.Join("\r\n\r\n", lines) + "\r\n",
            HtmlBody = Html(language, title, lines),
        };
        return (message, body);
    }

    /// <summary>
    /// One message gathering a recipient's day (<paramref name="messages"/>, already rendered one by one, in their
    /// language): their subjects, in order. Its Message-ID is a function of the recipient and the day.
    /// </summary>
    public MimeMessage Digest(string role, string recipientId, DateOnly day, IReadOnlyList<MimeMessage> messages)
    {
        var language = NotificationTemplates.LanguageOf(messages[0].Body?.Headers[HeaderId.ContentLanguage]);
        string T(string key, params object[] values) =>
            string.Format(CultureInfo.InvariantCulture, NotificationTemplates.Text(language, key), values);

        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var title = $"{T("digest.title")} {date}";
        List<string> lines = [T("hello"), T("digest", messages.Count), .. messages.Select(m => "• " + m.Subject), T("footer")];
        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes($"digest\n{role}\n{recipientId}\n{date}"));
        var digest = new MimeMessage
        {
            MessageId = $"DG-{Convert.ToHexStringLower(hash.AsSpan(0, 16))}@{MessageIdDomain}",
            Subject = title,
        };
        digest.From.Add(MailboxAddress.Parse(options.Sender));
        digest.To.AddRange(messages[0].To.Mailboxes);
        AddUnsubscribe(digest, role, recipientId, NotificationCategories.Everything);
        digest.Body = new BodyBuilder { TextBody = string.Join("\r\n\r\n", lines) + "\r\n", HtmlBody = Html(language, title, lines) }.ToMessageBody();
        digest.Body.Headers.Add(HeaderId.ContentLanguage, language);
        return digest;
    }

    /// <summary>RFC 2369 and RFC 8058 one-click unsubscribe from this category, when a public URL and a key are configured.</summary>
    private void AddUnsubscribe(MimeMessage message, string role, string recipientId, string category)
    {
        if (_unsubscribe is null || string.IsNullOrWhiteSpace(options.PublicUrl))
        {
            return;
        }

        var token = _unsubscribe.Create(role, recipientId, category);
        message.Headers.Add("List-Unsubscribe", $"<{options.PublicUrl.TrimEnd('/')}/api/notifications/unsubscribe?token={Uri.EscapeDataString(token)}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
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
