using DiasporaMatch.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace DiasporaMatch.Functions.Http;

/// <summary>The in-app notification list, email preferences and unsubscribe links, delivery failures and the private calendar feeds.</summary>
public sealed class NotificationFunctions(ApiServices api)
{
    [Function(nameof(ListNotifications))]
    public Task<IResult> ListNotifications([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "notifications")] HttpRequest req) => api.RunAsync(nameof(ListNotifications), req);

    [Function(nameof(MarkNotificationRead))]
    public Task<IResult> MarkNotificationRead([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "notifications/{id}/read")] HttpRequest req, string id) => api.RunAsync(nameof(MarkNotificationRead), req, id);

    [Function(nameof(GetNotificationPreferences))]
    public Task<IResult> GetNotificationPreferences([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "notifications/preferences")] HttpRequest req) => api.RunAsync(nameof(GetNotificationPreferences), req);

    [Function(nameof(SetNotificationPreferences))]
    public Task<IResult> SetNotificationPreferences([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "notifications/preferences")] HttpRequest req) => api.RunAsync(nameof(SetNotificationPreferences), req);

    [Function(nameof(Unsubscribe))]
    public Task<IResult> Unsubscribe([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "notifications/unsubscribe")] HttpRequest req) => api.RunAsync(nameof(Unsubscribe), req);

    [Function(nameof(UnsubscribeOneClick))]
    public Task<IResult> UnsubscribeOneClick([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "notifications/unsubscribe")] HttpRequest req) => api.RunAsync(nameof(UnsubscribeOneClick), req);

    [Function(nameof(NotificationFailures))]
    public Task<IResult> NotificationFailures([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "notifications/failures")] HttpRequest req) => api.RunAsync(nameof(NotificationFailures), req);

    [Function(nameof(IssueCalendarFeed))]
    public Task<IResult> IssueCalendarFeed([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "calendar/feed")] HttpRequest req) => api.RunAsync(nameof(IssueCalendarFeed), req);

    [Function(nameof(RevokeCalendarFeed))]
    public Task<IResult> RevokeCalendarFeed([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "calendar/feed")] HttpRequest req) => api.RunAsync(nameof(RevokeCalendarFeed), req);

    [Function(nameof(CalendarFeed))]
    public Task<IResult> CalendarFeed([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "calendar/{id}.ics")] HttpRequest req, string id) => api.RunAsync(nameof(CalendarFeed), req, id);
}
