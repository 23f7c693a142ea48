using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Assignments;
using DiasporaMatch.Records;
using DiasporaMatch.Validation;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>Assignments over HTTP: thin handlers; the workflow and the booking rules live in <see cref="AssignmentService"/>.</summary>
internal static class AssignmentEndpoints
{
    private static readonly string[] CreateFields = ["id", "needId", "expertId", "from", "to"];
    private static readonly string[] TransitionFields = ["to", "reason", "rating"];
    private static readonly string[] DatesFields = ["from", "to", "reason"];

    public static async Task<IResult> CreateAsync(ApiRequest request)
    {
        if (Guard.Access(request, ApiAction.CreateAssignment, Ownership.None) is { } denied)
        {
            return denied;
        }

        var (body, problem) = await BodyFields.ReadObjectAsync(request, CreateFields);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new List<FieldError>();
        var needId = BodyFields.RequiredString(body, "needId", errors);
        var expertId = BodyFields.RequiredString(body, "expertId", errors);
        var from = BodyFields.RequiredDate(body, "from", errors);
        var to = BodyFields.RequiredDate(body, "to", errors);
        var id = SafeJson.GetStringOrNull(body, "id");
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var result = await request.Services.Assignments.CreateAsync(new AssignmentRequest(needId!, expertId!, from, to, id), request.Caller!, request.Aborted);
        return result.Succeeded
            ? await WrittenAsync(request, result, StatusCodes.Status201Created)
            : Refused(result);
    }

    public static async Task<IResult> GetAsync(ApiRequest request)
    {
        var (result, refused) = await ReadAsync(request, ApiAction.ReadAssignment);
        if (refused is not null)
        {
            return refused;
        }

        return result.Succeeded ? await WrittenAsync(request, result, StatusCodes.Status200OK) : Refused(result);
    }

    /// <summary>The assignment a route names, read once its id is well formed, and the policy's refusal if any.</summary>
    private static async Task<(AssignmentResult Current, IResult? Problem)> ReadAsync(ApiRequest request, ApiAction action)
    {
        var id = request.RouteValue("id");
        if (Guard.Id(id) is { } bad)
        {
            return (AssignmentResult.Refused(AssignmentOutcome.Invalid, "bad id"), bad);
        }

        var current = await request.Services.Assignments.GetAsync(id, request.Aborted);
        return (current, Guard.Access(request, action, OwnershipOf(request.Caller, current)));
    }

    /// <summary>For a change: the route's assignment read and the caller's access decided, then its body holding only <paramref name="fields"/>; the first refusal as the problem.</summary>
    private static async Task<(string Id, JsonElement Body, IResult? Problem)> ReadChangeAsync(ApiRequest request, ApiAction action, string[] fields)
    {
        var (current, refused) = await ReadAsync(request, action);
        if (refused is not null || !current.Succeeded)
        {
            return ("", default, refused ?? Refused(current));
        }

        var (body, problem) = await BodyFields.ReadObjectAsync(request, fields);
        return (request.RouteValue("id"), body, problem);
    }

    /// <summary>Body <c>{"to", "reason"?, "rating"?}</c>: 200 with the moved assignment; 409 with the reason for an illegal move or a booking conflict.</summary>
    public static async Task<IResult> TransitionAsync(ApiRequest request)
    {
        var (id, body, problem) = await ReadChangeAsync(request, ApiAction.MoveAssignment, TransitionFields);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new List<FieldError>();
        var toText = BodyFields.RequiredString(body, "to", errors);
        var state = AssignmentState.Shortlisted;
        if (toText is not null && !AssignmentWorkflow.TryParse(toText, out state))
        {
            errors.Add(new FieldError("to", $"must be one of {string.Join(", ", Enum.GetValues<AssignmentState>().Select(AssignmentWorkflow.Name))}"));
        }

        var reason = BodyFields.OptionalString(body, "reason", errors);
        int? rating = null;
        if (body.TryGetProperty("rating", out var ratingElement) && ratingElement.ValueKind != JsonValueKind.Null)
        {
            if (ratingElement.ValueKind == JsonValueKind.Number && ratingElement.TryGetInt32(out var value))
            {
                rating = value;
            }
            else
            {
                errors.Add(new FieldError("rating", "must be a whole number from 1 to 5"));
            }
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var result = await request.Services.Assignments.TransitionAsync(id, state, reason, request.Caller!, rating, request.Aborted);
        return result.Succeeded ? await WrittenAsync(request, result, StatusCodes.Status200OK) : Refused(result);
    }

    /// <summary>Body <c>{"from", "to", "reason"?}</c>: 200 with the assignment on its new dates; 409 when it has ended or the expert is booked elsewhere then.</summary>
    public static async Task<IResult> RescheduleAsync(ApiRequest request)
    {
        var (id, body, problem) = await ReadChangeAsync(request, ApiAction.RescheduleAssignment, DatesFields);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new List<FieldError>();
        var from = BodyFields.RequiredDate(body, "from", errors);
        var to = BodyFields.RequiredDate(body, "to", errors);
        var reason = BodyFields.OptionalString(body, "reason", errors);
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var result = await request.Services.Assignments.RescheduleAsync(id, from, to, reason, request.Caller!, request.Aborted);
        return result.Succeeded ? await WrittenAsync(request, result, StatusCodes.Status200OK) : Refused(result);
    }

    private static Ownership OwnershipOf(Caller? caller, AssignmentResult result) =>
        result.Assignment is { } assignment && AssignmentService.PartyOf(caller, assignment) is AssignmentParty.Expert or AssignmentParty.Institution
            ? Ownership.Own
            : Ownership.Other;

    /// <summary>The assignment as the caller may see it (<see cref="AssignmentDisclosure"/>), with the expert's contact once the institution may have it.</summary>
    private static async Task<IResult> WrittenAsync(ApiRequest request, AssignmentResult result, int status)
    {
        var http = request.Http;
        http.Response.Headers.ETag = $"\"{result.Version}\"";
        if (status == StatusCodes.Status201Created)
        {
            http.Response.Headers.Location = RecordResults.LocationOf(AssignmentService.Kind, result.Assignment!.Id);
        }

        return Results.Json(await DisclosedAsync(request, result.Assignment!), RecordJson.Options, statusCode: status);
    }

    /// <summary>One assignment as the caller may see it: pseudonyms and roles where the access policy says so, plus <c>expert</c> (name, email) when revealed to the institution.</summary>
    internal static async Task<Contracts.AssignmentView> DisclosedAsync(ApiRequest request, Assignment assignment)
    {
        var caller = request.Caller!;
        var contact = await AssignmentDisclosure.ContactAsync(request.Services.Store, caller, assignment, request.Aborted);
        return Contracts.AssignmentView.Of(AssignmentDisclosure.For(caller, assignment, request.Services.Options.SigningKey), contact);
    }

    private static IResult Refused(AssignmentResult result) => result.Outcome switch
    {
        AssignmentOutcome.NotFound => Problems.Status(StatusCodes.Status404NotFound, "Not found", result.Reason),
        AssignmentOutcome.Forbidden => Problems.Status(StatusCodes.Status403Forbidden, "Not allowed", result.Reason),
        AssignmentOutcome.IllegalTransition => Problems.Status(StatusCodes.Status409Conflict, "Illegal transition", result.Reason),
        // What blocks travels as data too (the other booking, or the need's filled positions), so a reader's UI can
        // word the refusal in its language.
        AssignmentOutcome.BookingConflict when result.Clash is { } clash => Conflict(result, "booking", new { clash.AssignmentId, from = Iso(clash.From), to = Iso(clash.To) }),
        AssignmentOutcome.BookingConflict when result.PositionsFilled is { } positions => Conflict(result, "positionsFilled", positions),
        AssignmentOutcome.BookingConflict => Problems.Status(StatusCodes.Status409Conflict, "Booking conflict", result.Reason),
        AssignmentOutcome.Contention => Problems.Status(StatusCodes.Status409Conflict, "Busy, try again", result.Reason),
        _ => Problems.Validation([result.Error ?? Field(result.Reason ?? "invalid request")]),
    };

    private static IResult Conflict(AssignmentResult result, string name, object value) => Results.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Booking conflict",
        detail: result.Reason,
        extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { [name] = value });

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Service reasons read "field: message" where one field is at fault; that becomes the field error's key.</summary>
    private static FieldError Field(string reason)
    {
        var colon = reason.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && !reason[..colon].Contains(' ', StringComparison.Ordinal) ? new FieldError(reason[..colon], reason[(colon + 2)..]) : new FieldError("", reason);
    }
}
