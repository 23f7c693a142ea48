using System.Collections.Frozen;
using System.Diagnostics;
using DiasporaMatch.Api.Contracts;
using DiasporaMatch.Decisions;
using DiasporaMatch.Needs;
using DiasporaMatch.Opportunities;
using DiasporaMatch.Organisations;
using DiasporaMatch.Profiles;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>
/// The one route table. The local host maps it on Kestrel; the Azure Functions app's one HTTP function matches a
/// request against it with the same template matching.
/// </summary>
public static class ApiRouteTable
{
    // The error statuses most routes share; a route's own list says which ones it really answers.
    private static readonly int[] Read = [400, 401, 403, 404];
    private static readonly int[] Write = [400, 401, 403, 409, 413, 415];
    private static readonly int[] Replace = [400, 401, 403, 404, 412, 413, 415, 428];
    private static readonly string[] Page = ["limit", "cursor"];
    private static readonly string[] Ranked = ["top", "ranker", "lang"];
    private static readonly string[] Search = ["q", "state", "sector", "region", "from", "to", "language", "sort"];

    public static IReadOnlyList<ApiRoute> Routes { get; } =
    [
        new("Health", "GET", "/api/health", "Liveness and what the service holds", SystemEndpoints.HealthAsync) { Response = typeof(HealthStatus) },
        new("Ready", "GET", "/api/health/ready", "Readiness: 200 once start-up work (index catch-up) is done and the indexes have decoded their facts, 503 until then (requests are served as soon as the catch-up is done)", SystemEndpoints.ReadyAsync) { Errors = [503], Response = typeof(ReadinessReport) },
        new("OpenApi", "GET", "/api/openapi.json", "This API's OpenAPI document", SystemEndpoints.OpenApiAsync),
        new("ReferenceNames", "GET", "/api/reference", "Names of countries, regions, sectors, languages and stages in one language (?lang= or Accept-Language)", ReferenceEndpoints.NamesAsync) { Response = typeof(ReferenceNames), Query = ["lang"], Errors = [400] },
        new("SuggestOccupations", "GET", "/api/reference/occupations", "Occupations of the taxonomy for a phrase in any language, best first, labelled in the reader's language (?q=&lang=&top=, anyone signed in)", OccupationEndpoints.SuggestAsync) { Response = typeof(OccupationSuggestions), Query = ["q", "lang", "top"], Errors = [400, 401] },

        new("ListProfiles", "GET", "/api/profiles", "Profile ids, paged (staff); with ?q=, filters or ?sort= searched, filtered and sorted on the server", ProfileEndpoints.ListAsync) { Response = typeof(DocumentPage), Query = [.. Page, .. Search], Errors = [400, 401, 403] },
        new("CreateProfile", "POST", "/api/profiles", "Submit an expert profile; the 201 lists probable duplicates (staff only), the profile is created either way", ProfileEndpoints.CreateAsync) { Body = typeof(ExpertProfile), Status = 201, Response = typeof(ProfileReceipt), Errors = Write },
        new("GetProfile", "GET", "/api/profiles/{id}", "Read a profile (ETag)", ProfileEndpoints.GetAsync) { Response = typeof(ExpertProfile), Errors = Read },
        new("ReplaceProfile", "PUT", "/api/profiles/{id}", "Update a profile (If-Match)", ProfileEndpoints.ReplaceAsync) { Body = typeof(ExpertProfile), Response = typeof(WriteReceipt), Errors = Replace },
        new("DeleteProfile", "DELETE", "/api/profiles/{id}", "Delete a profile", ProfileEndpoints.DeleteAsync) { Status = 204, Query = ["confirm"], Errors = [400, 401, 403, 409] },
        new("ExportProfile", "GET", "/api/profiles/{id}/export", "Everything held about the expert", ProfileEndpoints.ExportAsync) { Errors = Read, Response = typeof(ProfileExport) },
        new("ProfileRecommendations", "GET", "/api/profiles/{id}/recommendations", "Needs for the expert (?top=&ranker=)", ProfileEndpoints.RecommendationsAsync) { Response = typeof(SuggestionList), Query = Ranked, Errors = Read },
        new("SuggestCvSkills", "POST", "/api/profiles/{id}/cv", "Skills suggested from a CV (PDF or DOCX body; read in memory, never stored)", CvEndpoints.SuggestSkillsAsync) { Response = typeof(CvSkills), BodyMediaTypes = ["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"], Query = ["lang"], Errors = [400, 401, 403, 404, 413, 415, 422] },
        new("ProfileDuplicates", "GET", "/api/profiles/{id}/duplicates", "Probable duplicates of a profile: same email, or a close name with agreeing attributes (staff)", ProfileEndpoints.DuplicatesAsync) { Response = typeof(DuplicateList), Errors = Read },
        new("MergeProfiles", "POST", "/api/profiles/{id}/merge", "Merge the profile {from} into this one (If-Match; staff): its decisions, assignments, interests and notifications follow this profile, then it is erased; 409 when both hold overlapping assignments", DuplicateEndpoints.MergeAsync) { Body = typeof(MergeRequest), Response = typeof(MergeResult), Errors = [400, 401, 403, 404, 409, 412, 413, 415, 428] },
        new("MarkProfilesDistinct", "POST", "/api/profiles/{id}/distinct", "Mark the profile {other} as a different person (staff): duplicate detection no longer flags the pair; said again, the first stands", DuplicateEndpoints.DistinctAsync) { Body = typeof(DistinctRequest), Response = typeof(DistinctResult), Errors = [400, 401, 403, 404, 413, 415] },
        new("ProfileOpportunities", "GET", "/api/profiles/{id}/opportunities", "Investment opportunities for the expert (?top=&ranker=)", ProfileEndpoints.OpportunitiesAsync) { Response = typeof(SuggestionList), Query = Ranked, Errors = Read },

        new("ListNeeds", "GET", "/api/needs", "Need ids, paged; with ?q=, filters (state or status: open, filled, closed, withdrawn, expired) or ?sort= searched, filtered and sorted on the server", ItemEndpoints.List(RecordKind.Needs)) { Response = typeof(DocumentPage), Query = [.. Page, "organisationId", "status", .. Search], Errors = [400, 401, 403] },
        new("CreateNeed", "POST", "/api/needs", "Post a need", ItemEndpoints.Create(RecordKind.Needs)) { Body = typeof(Need), Status = 201, Response = typeof(WriteReceipt), Errors = Write },
        new("GetNeed", "GET", "/api/needs/{id}", "Read a need (ETag)", ItemEndpoints.Get(RecordKind.Needs)) { Response = typeof(Need), Errors = Read },
        new("ReplaceNeed", "PUT", "/api/needs/{id}", "Update a need (If-Match)", ItemEndpoints.Replace(RecordKind.Needs)) { Body = typeof(Need), Response = typeof(WriteReceipt), Errors = Replace },
        new("DeleteNeed", "DELETE", "/api/needs/{id}", "Delete a need", ItemEndpoints.Delete(RecordKind.Needs)) { Status = 204, Errors = [.. Read, 412] },
        new("MoveNeed", "POST", "/api/needs/{id}/status", "Move an open need to filled, closed or withdrawn (If-Match; the need's organisation or staff)", NeedLifecycleEndpoints.MoveAsync) { Body = typeof(NeedStatusChange), Response = typeof(WriteReceipt), Errors = [400, 401, 403, 404, 409, 412, 413, 415, 428] },
        new("ExpressInterest", "POST", "/api/needs/{id}/interest", "Say \"I'm interested\" in an open need (the expert; recorded as a decision staff see)", InterestEndpoints.ExpressAsync) { Status = 201, Response = typeof(WriteReceipt), Errors = [401, 403, 404, 409] },
        new("NeedInterests", "GET", "/api/needs/{id}/interests", "Experts interested in a need (staff; the need's organisation sees pseudonyms)", InterestEndpoints.ListAsync) { Response = typeof(NeedInterests), Errors = Read },
        new("NeedMatches", "GET", "/api/needs/{id}/matches", "Ranked experts for a need (?top=&ranker=)", MatchEndpoints.MatchesAsync) { Response = typeof(MatchList), Query = Ranked, Errors = Read },

        new("ListOpportunities", "GET", "/api/opportunities", "Opportunity ids, paged", ItemEndpoints.List(RecordKind.Opportunities)) { Response = typeof(DocumentPage), Query = [.. Page, "organisationId"], Errors = [400, 401, 403] },
        new("CreateOpportunity", "POST", "/api/opportunities", "Post an investment opportunity", ItemEndpoints.Create(RecordKind.Opportunities)) { Body = typeof(Opportunity), Status = 201, Response = typeof(WriteReceipt), Errors = Write },
        new("GetOpportunity", "GET", "/api/opportunities/{id}", "Read an opportunity (ETag)", ItemEndpoints.Get(RecordKind.Opportunities)) { Response = typeof(Opportunity), Errors = Read },
        new("ReplaceOpportunity", "PUT", "/api/opportunities/{id}", "Update an opportunity (If-Match)", ItemEndpoints.Replace(RecordKind.Opportunities)) { Body = typeof(Opportunity), Response = typeof(WriteReceipt), Errors = Replace },
        new("DeleteOpportunity", "DELETE", "/api/opportunities/{id}", "Delete an opportunity", ItemEndpoints.Delete(RecordKind.Opportunities)) { Status = 204, Errors = [.. Read, 412] },
        new("ExpressOpportunityInterest", "POST", "/api/opportunities/{id}/interest", "Say \"I'm interested\" in an open opportunity (the expert; said again, the first stands; the investor model learns from it)", OpportunityInterestEndpoints.ExpressAsync) { Response = typeof(InterestedInvestor), Errors = [401, 403, 404, 409] },
        new("OpportunityInterests", "GET", "/api/opportunities/{id}/interests", "Investors interested in an opportunity (staff; the opportunity's organisation sees pseudonyms until staff introduce someone)", OpportunityInterestEndpoints.ListAsync) { Response = typeof(OpportunityInterests), Errors = Read },
        new("IntroduceInvestor", "POST", "/api/opportunities/{id}/introductions", "Introduce an interested investor to the opportunity's organisation, which then sees their name and email (staff)", OpportunityInterestEndpoints.IntroduceAsync) { Body = typeof(IntroductionRequest), Response = typeof(InterestedInvestor), Errors = [400, 401, 403, 404, 409, 413, 415] },

        new("ListOrganisations", "GET", "/api/organisations", "Organisation ids, paged (staff)", AdminEndpoints.ListOrganisationsAsync) { Response = typeof(DocumentPage), Query = Page, Errors = [400, 401, 403] },
        new("GetOrganisation", "GET", "/api/organisations/{id}", "Read an organisation: name, type, place (anyone signed in)", AdminEndpoints.GetOrganisationAsync) { Response = typeof(Organisation), Errors = Read },
        new("CreateOrganisation", "POST", "/api/organisations", "Register an organisation (staff)", AdminEndpoints.CreateOrganisationAsync) { Body = typeof(Organisation), Status = 201, Response = typeof(WriteReceipt), Errors = Write },
        new("CreateDecision", "POST", "/api/decisions", "Record a staff decision (staff)", AdminEndpoints.CreateDecisionAsync) { Body = typeof(Decision), Status = 201, Response = typeof(WriteReceipt), Errors = Write },
        new("ListAssignments", "GET", "/api/assignments", "The caller's assignments (?needId=&expertId=; staff: all, with date conflicts)", AssignmentListEndpoints.ListAsync) { Query = ["needId", "expertId"], Errors = [400, 401], Response = typeof(AssignmentList) },
        new("CreateAssignment", "POST", "/api/assignments", "Open an assignment for a (need, expert) pair (staff)", AssignmentEndpoints.CreateAsync) { Body = typeof(AssignmentCreateRequest), Status = 201, Errors = [400, 401, 403, 404, 409, 413, 415], Response = typeof(AssignmentView) },
        new("GetAssignment", "GET", "/api/assignments/{id}", "Read an assignment with its history (staff, its expert, the need's organisation)", AssignmentEndpoints.GetAsync) { Errors = Read, Response = typeof(AssignmentView) },
        new("MoveAssignment", "POST", "/api/assignments/{id}/transitions", "Move an assignment to another state ({to, reason, rating}) per the workflow", AssignmentEndpoints.TransitionAsync) { Body = typeof(AssignmentMoveRequest), Errors = [400, 401, 403, 404, 409, 413, 415], Response = typeof(AssignmentView) },
        new("RescheduleAssignment", "PUT", "/api/assignments/{id}/dates", "Move a mission's dates within its need's window ({from, to, reason}; staff; a booked mission moves its booking, 409 if the expert is booked elsewhere then)", AssignmentEndpoints.RescheduleAsync) { Body = typeof(AssignmentDatesRequest), Errors = [400, 401, 403, 404, 409, 413, 415], Response = typeof(AssignmentView) },
        new("GetSavedFilters", "GET", "/api/saved-filters", "The caller's saved filters of the needs and experts lists (staff)", SavedFilterEndpoints.GetAsync) { Response = typeof(SavedFilterList), Errors = [401, 403] },
        new("SetSavedFilters", "PUT", "/api/saved-filters", "Replace the caller's saved filters ({filters: [{name, list: needs|experts, query}]}; each query checked as its list would; staff)", SavedFilterEndpoints.PutAsync) { Body = typeof(SavedFilterList), Response = typeof(SavedFilterList), Errors = [400, 401, 403, 413, 415] },
        new("RetentionReport", "GET", "/api/privacy/retention", "Profiles untouched for N years (?years=, staff)", PrivacyEndpoints.RetentionAsync) { Response = typeof(RetentionList), Query = ["years"], Errors = [400, 401, 403] },
        new("ReadAudit", "GET", "/api/audit", "Audit events about one record (?subject=ID, staff)", AuditEndpoints.ForSubjectAsync) { Response = typeof(AuditTrail), Query = ["subject"], Errors = [400, 401, 403] },
        new("RecentAudit", "GET", "/api/audit/recent", "The newest audit events of the whole log (?limit=&subjectKind=&role=, staff)", AuditEndpoints.RecentAsync) { Response = typeof(RecentAudit), Query = ["limit", "subjectKind", "role"], Errors = [400, 401, 403] },
        new("ProgrammeDashboard", "GET", "/api/programme/dashboard", "Needs and assignments by region, sector and state; time to match (staff)", ProgrammeEndpoints.DashboardAsync) { Response = typeof(Programme.ProgrammeDashboard), Errors = [401, 403] },
        new("ProgrammeIndicators", "GET", "/api/programme/indicators", "Indicators over a period (?from=&to=&by=total|sector|region|organisation|month|countryOfResidence|gender, staff; groups of fewer than 3 missions by the experts' attributes pooled)", ProgrammeEndpoints.IndicatorsAsync) { Response = typeof(ProgrammeIndicatorTable), Query = ["from", "to", "by"], Errors = [400, 401, 403] },
        new("ProgrammeExport", "GET", "/api/programme/exports/{kind}", "Indicators (staff), needs or assignments (staff; institutions their own) of a period as a CSV or XLSX file (?format=csv|xlsx&from=&to=&by=)", ProgrammeEndpoints.ExportAsync) { ResponseMediaTypes = ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"], Query = ["format", "from", "to", "by"], Errors = [400, 401, 403] },
        new("ProgrammeChart", "GET", "/api/programme/charts/{name}", "An indicator chart of a period, person-days or missions, as .png or .svg (?from=&to=&by=&lang=&width=&height=, staff)", ProgrammeEndpoints.ChartAsync) { ResponseMediaTypes = ["image/png", "image/svg+xml"], Query = ["from", "to", "by", "lang", "width", "height"], Errors = [400, 401, 403, 404] },
        new("ProgrammeReportPage", "GET", "/api/programme/report.html", "The printable one-page programme report of a period (?from=&to=&by=&lang=, staff)", ProgrammeEndpoints.ReportPageAsync) { ResponseMediaType = "text/html", Query = ["from", "to", "by", "lang"], Errors = [400, 401, 403] },
        new("Import", "POST", "/api/imports", "Bulk import JSONL or CSV (?kind=)", AdminEndpoints.ImportAsync) { Response = typeof(ImportResult), BodyMediaTypes = ["application/x-ndjson", "text/csv"], Query = ["kind"], Errors = [400, 401, 403, 413, 415] },
        new("CurrentModel", "GET", "/api/models/current", "The ranking model in use, with its metrics (staff)", ModelEndpoints.CurrentAsync) { Response = typeof(Ranking.Learning.ModelManifest), Errors = [401, 403, 404] },
        new("ModelChart", "GET", "/api/models/current/chart.png", "The current model's NDCG chart per ranker (PNG, staff)", ModelEndpoints.ChartAsync) { ResponseMediaType = "image/png", Errors = [401, 403, 404] },
        new("TrainModel", "POST", "/api/models/train", "Retrain; promote only if better (staff)", ModelEndpoints.TrainAsync) { Response = typeof(TrainingResult), Errors = [401, 403, 409] },
        new("PlanAllocation", "POST", "/api/allocation/plans", "Plan experts onto many open needs at once: positions, dates, bookings, optional exposure cap, pinned and excluded pairs (staff; the plan is kept with an id, nothing else is written)", AllocationEndpoints.PlanAsync) { Body = typeof(AllocationPlanRequest), Response = typeof(AllocationPlanResult), Errors = [400, 401, 403, 413, 415] },
        new("ApplyAllocation", "POST", "/api/allocation/plans/{id}/apply", "Turn a kept plan's accepted rows into shortlisted assignments, all or none (staff; 409 applied already, 412 a need or booking changed since planning)", AllocationEndpoints.ApplyAsync) { Body = typeof(AllocationApplyRequest), Response = typeof(AllocationApplyResult), Errors = [400, 401, 403, 404, 409, 412, 413, 415] },
        new("ListNotifications", "GET", "/api/notifications", "The caller's notifications, newest first, with the unread count", NotificationEndpoints.ListAsync),
        new("MarkNotificationRead", "POST", "/api/notifications/{id}/read", "Mark one of the caller's notifications read", NotificationEndpoints.MarkReadAsync),
        new("GetNotificationPreferences", "GET", "/api/notifications/preferences", "The caller's email choices: categories turned off, daily digest", NotificationPreferenceEndpoints.GetAsync) { Response = typeof(NotificationPreferencesView), Errors = [401] },
        new("SetNotificationPreferences", "PUT", "/api/notifications/preferences", "Replace the caller's email choices ({emailOff: [category], digest}); in-app notifications are always kept", NotificationPreferenceEndpoints.PutAsync) { Body = typeof(NotificationPreferencesView), Response = typeof(NotificationPreferencesView), Errors = [400, 401, 413, 415] },
        new("Unsubscribe", "GET", "/api/notifications/unsubscribe", "Turn one email category off from a signed link in a message (?token=; no sign-in)", NotificationPreferenceEndpoints.UnsubscribeAsync) { Response = typeof(UnsubscribeResult), Query = ["token"], Errors = [400] },
        new("UnsubscribeOneClick", "POST", "/api/notifications/unsubscribe", "The same, as the mail client's one-click POST (RFC 8058; ?token=)", NotificationPreferenceEndpoints.UnsubscribeAsync) { Response = typeof(UnsubscribeResult), Query = ["token"], Errors = [400] },
        new("NotificationFailures", "GET", "/api/notifications/failures", "Notifications refused or failing, with the last error (staff)", NotificationEndpoints.FailuresAsync),
        new("IssueCalendarFeed", "POST", "/api/calendar/feed", "Issue (or replace) the caller's private calendar feed URL (expert, institution)", NotificationEndpoints.IssueCalendarAsync),
        new("RevokeCalendarFeed", "DELETE", "/api/calendar/feed", "Revoke the caller's calendar feed URL (expert, institution)", NotificationEndpoints.RevokeCalendarAsync),
        new("CalendarFeed", "GET", "/api/calendar/{id}.ics", "A private calendar feed of approved assignments (the URL is the secret)", NotificationEndpoints.CalendarFeedAsync) { ResponseMediaType = "text/calendar", Errors = [404] },
    ];

    /// <summary>The routes that answer while start-up work runs; every other route waits for it.</summary>
    private static readonly FrozenSet<string> AnswerWhileStarting = FrozenSet.Create(StringComparer.Ordinal, "Health", "Ready", "OpenApi");

    /// <summary>The one write without a caller: the mail client's one-click unsubscribe, whose signed token is the credential (it reads no body).</summary>
    private const string AnonymousWrite = "UnsubscribeOneClick";

    /// <summary>
    /// Runs a route's handler with the security headers set, once start-up work is done (503 if it failed). Every
    /// route that takes a body needs a caller, so an anonymous write is answered 401 here, before any handler could
    /// read its body. Storage that cannot be read or written answers 503, any other unexpected failure 500, each a
    /// problem carrying the trace id it is logged with.
    /// </summary>
    public static async Task<IResult> InvokeAsync(ApiRoute route, HttpContext http, IReadOnlyDictionary<string, string> routeValues, ApiServices services)
    {
        SecurityHeaders.Apply(http.Response.Headers);
        var caller = Api.TokenService.CallerOf(http.User);
        if (caller is null && !HttpMethods.IsGet(route.Method) && route.Name != AnonymousWrite)
        {
            return Problems.Unauthorized();
        }

        var traceId = Activity.Current?.Id ?? http.TraceIdentifier;
        try
        {
            if (!AnswerWhileStarting.Contains(route.Name) && !services.Startup.IsReady)
            {
                await services.Startup.OpenAsync(http.RequestAborted);
            }

            return await route.Handler(new ApiRequest(http, routeValues, caller, services));
        }
        catch (Exception) when (services.Startup.Failure is not null && !services.Startup.IsReady)
        {
            return Problems.Status(StatusCodes.Status503ServiceUnavailable, "Not ready", "the service could not start; see its log");
        }
        catch (IOException ex) when (ex is not BadHttpRequestException && !http.RequestAborted.IsCancellationRequested)
        {
            // A full or failing disk, or a store that refuses writes after one it could not undo: the caller's fault
            // it is not, and a retry may succeed once the disk is fixed. (A client that went away mid-body is no
            // storage failure.)
            Log.StorageFailed(services.Logger, ex, route.Name, traceId);
            return Problems.StorageUnavailable(traceId);
        }
        catch (Exception ex) when (ex is not (BadHttpRequestException or OperationCanceledException))
        {
            Log.Unhandled(services.Logger, ex, route.Name, traceId);
            return Problems.ServerError(traceId);
        }
    }
}
