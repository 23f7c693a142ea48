using DiasporaMatch.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace DiasporaMatch.Functions.Http;

/// <summary>The in-app notification list, delivery failures and the private calendar feeds.</summary>
public sealed class NotificationFunctions(ApiServices api)
{
    [Function(nameof(ListNotifications))]
    public Task<IResult> ListNotifications([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "notifications")] HttpRequest req) => api.RunAsync(nameof(ListNotifications), req);

    [Function(nameof(MarkNotificationRead))]
    public Task<IResult> MarkNotificationRead([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "notifications/{id}/read")] HttpRequest req, string id) => api.RunAsync(nameof(MarkNotificationRead), req, id);

    [Function(nameof(NotificationFailures))]
    public Task<IResult> NotificationFailures([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "notifications/failures")] HttpRequest req) => api.RunAsync(nameof(NotificationFailures), req);

    [Function(nameof(IssueCalendarFeed))]
    public Task<IResult> IssueCalendarFeed([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "calendar/feed")] HttpRequest req) => api.RunAsync(nameof(IssueCalendarFeed), req);

    [Function(nameof(RevokeCalendarFeed))]
    public Task<IResult> RevokeCalendarFeed([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "calendar/feed")] HttpRequest req) => api.RunAsync(nameof(RevokeCalendarFeed), req);

    [Function(nameof(CalendarFeed))]
    public Task<IResult> CalendarFeed([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "calendar/{id}.ics")] HttpRequest req, string id) => api.RunAsync(nameof(CalendarFeed), req, id);
}
