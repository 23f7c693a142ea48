using DiasporaMatch.Records;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>
/// The one route table. The local host maps it on Kestrel; the Azure Functions app has one function per entry
/// (same name, method and route) and a test keeps the two identical.
/// </summary>
public static class ApiRouteTable
{
    public static IReadOnlyList<ApiRoute> Routes { get; } =
    [
        new("Health", "GET", "/api/health", "Liveness and what the service holds", SystemEndpoints.HealthAsync),
        new("OpenApi", "GET", "/api/openapi.json", "This API's OpenAPI document", SystemEndpoints.OpenApiAsync),

        new("ListProfiles", "GET", "/api/profiles", "Profile ids, paged (staff)", ProfileEndpoints.ListAsync),
        new("CreateProfile", "POST", "/api/profiles", "Submit an expert profile", ProfileEndpoints.CreateAsync),
        new("GetProfile", "GET", "/api/profiles/{id}", "Read a profile (ETag)", ProfileEndpoints.GetAsync),
        new("ReplaceProfile", "PUT", "/api/profiles/{id}", "Update a profile (If-Match)", ProfileEndpoints.ReplaceAsync),
        new("DeleteProfile", "DELETE", "/api/profiles/{id}", "Delete a profile", ProfileEndpoints.DeleteAsync),
        new("ExportProfile", "GET", "/api/profiles/{id}/export", "Everything held about the expert", ProfileEndpoints.ExportAsync),
        new("ProfileRecommendations", "GET", "/api/profiles/{id}/recommendations", "Needs for the expert (?top=&ranker=)", ProfileEndpoints.RecommendationsAsync),
        new("SuggestCvSkills", "POST", "/api/profiles/{id}/cv", "Skills suggested from a CV (PDF or DOCX body; read in memory, never stored)", CvEndpoints.SuggestSkillsAsync),
        new("ProfileOpportunities", "GET", "/api/profiles/{id}/opportunities", "Investment opportunities for the expert (?top=&ranker=)", ProfileEndpoints.OpportunitiesAsync),

        new("ListNeeds", "GET", "/api/needs", "Need ids, paged", ItemEndpoints.List(RecordKind.Needs)),
        new("CreateNeed", "POST", "/api/needs", "Post a need", ItemEndpoints.Create(RecordKind.Needs)),
        new("GetNeed", "GET", "/api/needs/{id}", "Read a need (ETag)", ItemEndpoints.Get(RecordKind.Needs)),
        new("ReplaceNeed", "PUT", "/api/needs/{id}", "Update a need (If-Match)", ItemEndpoints.Replace(RecordKind.Needs)),
        new("DeleteNeed", "DELETE", "/api/needs/{id}", "Delete a need", ItemEndpoints.Delete(RecordKind.Needs)),
        new("NeedMatches", "GET", "/api/needs/{id}/matches", "Ranked experts for a need (?top=&ranker=)", MatchEndpoints.MatchesAsync),

        new("ListOpportunities", "GET", "/api/opportunities", "Opportunity ids, paged", ItemEndpoints.List(RecordKind.Opportunities)),
        new("CreateOpportunity", "POST", "/api/opportunities", "Post an investment opportunity", ItemEndpoints.Create(RecordKind.Opportunities)),
        new("GetOpportunity", "GET", "/api/opportunities/{id}", "Read an opportunity (ETag)", ItemEndpoints.Get(RecordKind.Opportunities)),
        new("ReplaceOpportunity", "PUT", "/api/opportunities/{id}", "Update an opportunity (If-Match)", ItemEndpoints.Replace(RecordKind.Opportunities)),
        new("DeleteOpportunity", "DELETE", "/api/opportunities/{id}", "Delete an opportunity", ItemEndpoints.Delete(RecordKind.Opportunities)),

        new("ListOrganisations", "GET", "/api/organisations", "Organisation ids, paged (staff)", AdminEndpoints.ListOrganisationsAsync),
        new("CreateOrganisation", "POST", "/api/organisations", "Register an organisation (staff)", AdminEndpoints.CreateOrganisationAsync),
        new("CreateDecision", "POST", "/api/decisions", "Record a staff decision (staff)", AdminEndpoints.CreateDecisionAsync),
        new("ListAssignments", "GET", "/api/assignments", "The caller's assignments (?needId=&expertId=; staff: all, with date conflicts)", AssignmentListEndpoints.ListAsync),
        new("CreateAssignment", "POST", "/api/assignments", "Open an assignment for a (need, expert) pair (staff)", AssignmentEndpoints.CreateAsync),
        new("GetAssignment", "GET", "/api/assignments/{id}", "Read an assignment with its history (staff, its expert, the need's organisation)", AssignmentEndpoints.GetAsync),
        new("MoveAssignment", "POST", "/api/assignments/{id}/transitions", "Move an assignment to another state ({to, reason, rating}) per the workflow", AssignmentEndpoints.TransitionAsync),
        new("RetentionReport", "GET", "/api/privacy/retention", "Profiles untouched for N years (?years=, staff)", PrivacyEndpoints.RetentionAsync),
        new("ReadAudit", "GET", "/api/audit", "Audit events about one record (?subject=ID, staff)", AuditEndpoints.ForSubjectAsync),
        new("RecentAudit", "GET", "/api/audit/recent", "The newest audit events of the whole log (?limit=, staff)", AuditEndpoints.RecentAsync),
        new("ProgrammeDashboard", "GET", "/api/programme/dashboard", "Needs and assignments by region, sector and state; time to match (staff)", ProgrammeEndpoints.DashboardAsync),
        new("Import", "POST", "/api/imports", "Bulk import JSONL or CSV (?kind=)", AdminEndpoints.ImportAsync),
        new("CurrentModel", "GET", "/api/models/current", "The ranking model in use, with its metrics (staff)", ModelEndpoints.CurrentAsync),
        new("ModelChart", "GET", "/api/models/current/chart.png", "The current model's NDCG chart per ranker (PNG, staff)", ModelEndpoints.ChartAsync),
        new("TrainModel", "POST", "/api/models/train", "Retrain; promote only if better (staff)", ModelEndpoints.TrainAsync),
        new("ListNotifications", "GET", "/api/notifications", "The caller's notifications, newest first, with the unread count", NotificationEndpoints.ListAsync),
        new("MarkNotificationRead", "POST", "/api/notifications/{id}/read", "Mark one of the caller's notifications read", NotificationEndpoints.MarkReadAsync),
        new("NotificationFailures", "GET", "/api/notifications/failures", "Notifications refused or failing, with the last error (staff)", NotificationEndpoints.FailuresAsync),
        new("IssueCalendarFeed", "POST", "/api/calendar/feed", "Issue (or replace) the caller's private calendar feed URL (expert, institution)", NotificationEndpoints.IssueCalendarAsync),
        new("RevokeCalendarFeed", "DELETE", "/api/calendar/feed", "Revoke the caller's calendar feed URL (expert, institution)", NotificationEndpoints.RevokeCalendarAsync),
        new("CalendarFeed", "GET", "/api/calendar/{id}.ics", "A private calendar feed of approved assignments (the URL is the secret)", NotificationEndpoints.CalendarFeedAsync),
    ];

    /// <summary>
    /// Runs a route's handler with the security headers set. Every route that takes a body needs a caller, so an
    /// anonymous write is answered 401 here, before any handler could read its body.
    /// </summary>
    public static async Task<IResult> InvokeAsync(ApiRoute route, HttpContext http, IReadOnlyDictionary<string, string> routeValues, ApiServices services)
    {
        SecurityHeaders.Apply(http.Response.Headers);
        var caller = Api.TokenService.CallerOf(http.User);
        if (caller is null && !HttpMethods.IsGet(route.Method))
        {
            return Problems.Unauthorized();
        }

        return await route.Handler(new ApiRequest(http, routeValues, caller, services));
    }
}
