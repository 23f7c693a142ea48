using DiasporaMatch.Access;
using DiasporaMatch.Notifications;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DiasporaMatch.Api;

/// <summary>
/// The caller's notifications (the in-app list, mark read), the delivery failures for staff, and the private
/// calendar feed: issued and revoked by its owner, read by anyone holding the URL (calendar apps send no token).
/// </summary>
internal static class NotificationEndpoints
{
    public static async Task<IResult> ListAsync(ApiRequest request)
    {
        if (request.Caller is not { } caller)
        {
            return Problems.Unauthorized();
        }

        var outbox = Outbox(request);
        // The list must not wait for the mail sender (which may be off): derive what is owed first; it is idempotent.
        await outbox.PumpAsync(request.Aborted);
        var (role, ids) = RecipientOf(caller);
        var notifications = await outbox.ForRecipientsAsync(role, ids, request.Aborted);
        return Results.Ok(new
        {
            unread = notifications.Count(n => n.ReadAt is null),
            notifications = notifications.Select(n => new { n.Id, n.AssignmentId, n.SubjectId, n.Event, n.CreatedAt, n.ReadAt }),
        });
    }

    public static async Task<IResult> MarkReadAsync(ApiRequest request)
    {
        if (request.Caller is not { } caller)
        {
            return Problems.Unauthorized();
        }

        var id = request.RouteValue("id");
        if (Guard.Id(id) is { } bad)
        {
            return bad;
        }

        var (role, recipient) = RecipientOf(caller);
        // Someone else's notification answers as a missing one: its existence is not the caller's business.
        return await Outbox(request).MarkReadAsync(id, role, recipient, request.Aborted) is { } read
            ? Results.Ok(new { read.Id, read.ReadAt })
            : Problems.NotFound($"{NotificationOutbox.Kind}/{id}");
    }

    public static async Task<IResult> FailuresAsync(ApiRequest request)
    {
        if (request.Caller is not { } caller)
        {
            return Problems.Unauthorized();
        }

        if (!caller.IsStaff)
        {
            return Problems.Forbidden();
        }

        var failures = await Outbox(request).FailuresAsync(request.Aborted);
        return Results.Ok(new
        {
            failures = failures.Select(n => new { n.Id, n.AssignmentId, n.SubjectId, n.Event, n.RecipientRole, n.RecipientId, n.Status, n.Attempts, n.LastError, n.NextAttemptAt }),
        });
    }

    public static async Task<IResult> IssueCalendarAsync(ApiRequest request)
    {
        if (CalendarOwner(request) is not { } owner)
        {
            return request.Caller is null ? Problems.Unauthorized() : Problems.Forbidden();
        }

        var token = await Feeds(request).IssueAsync(owner.Role, owner.Id, request.Aborted);
        return Results.Ok(new { url = $"/api/calendar/{token}.ics" });
    }

    public static async Task<IResult> RevokeCalendarAsync(ApiRequest request)
    {
        if (CalendarOwner(request) is not { } owner)
        {
            return request.Caller is null ? Problems.Unauthorized() : Problems.Forbidden();
        }

        return await Feeds(request).RevokeAsync(owner.Role, owner.Id, request.Aborted)
            ? Results.NoContent()
            : Problems.NotFound("a calendar feed");
    }

    /// <summary>No bearer token here: the URL is the secret. Anything but a live token is a plain 404.</summary>
    public static async Task<IResult> CalendarFeedAsync(ApiRequest request)
    {
        var feeds = Feeds(request);
        if (await feeds.ResolveAsync(request.RouteValue("id"), request.Aborted) is not { } owner)
        {
            return Problems.NotFound("this calendar feed");
        }

        var contact = request.Http.RequestServices.GetRequiredService<IOptions<NotificationMailOptions>>().Value.Sender;
        var ics = await feeds.FeedAsync(owner, string.IsNullOrWhiteSpace(contact) ? "programme@diasporamatch.invalid" : contact, request.Aborted);
        request.Http.Response.Headers.CacheControl = "private, no-store";
        return Results.Text(ics, "text/calendar; charset=utf-8");
    }

    private static (string Role, string Id)? CalendarOwner(ApiRequest request) => request.Caller switch
    {
        { Role: Role.Expert } expert => ("expert", expert.Subject),
        { Role: Role.Institution, OrganisationId: { } organisation } => ("institution", organisation),
        _ => null,
    };

    /// <summary>Whose notifications the caller reads: a staff member reads the team's and their own (an import they ran).</summary>
    private static (string Role, string[] Ids) RecipientOf(Caller caller) => caller switch
    {
        { IsStaff: true } => ("staff", ["staff", caller.Subject]),
        { Role: Role.Institution } => ("institution", [caller.OrganisationId ?? ""]),
        _ => ("expert", [caller.Subject]),
    };

    private static NotificationOutbox Outbox(ApiRequest request) => new(request.Services.Store, request.Services.Workspace.Time);

    private static CalendarFeeds Feeds(ApiRequest request) => new(request.Services.Store, request.Services.Workspace.Time);
}
