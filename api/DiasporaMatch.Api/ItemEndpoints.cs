using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Needs;
using DiasporaMatch.Records;
using DiasporaMatch.Validation;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>Needs and opportunities: written by their organisation's members and staff; open ones readable by anyone signed in.</summary>
internal static class ItemEndpoints
{
    public static ApiHandler Create(string kind) => request =>
        ItemWrites.CreateAsync(request, kind, ApiAction.CreateItem, OrganisationOf);

    public static ApiHandler Replace(string kind) => request =>
        ItemWrites.ReplaceAsync(request, kind, ApiAction.UpdateItem, OrganisationOf);

    public static ApiHandler Delete(string kind) => request =>
        ItemWrites.DeleteAsync(request, kind, ApiAction.DeleteItem, OrganisationOf);

    public static ApiHandler Get(string kind) => async request =>
    {
        var id = request.RouteValue("id");
        if (Guard.Id(id) is { } bad)
        {
            return bad;
        }

        if (request.Caller is null)
        {
            return Problems.Unauthorized();
        }

        var document = await request.Services.Store.GetAsync(kind, id, request.Aborted);
        if (document is null)
        {
            return Problems.NotFound($"{kind}/{id}");
        }

        var record = ItemWrites.Parse(document.Json);
        var open = ItemWrites.StringField(record, "status") is null or "open";
        var denied = Guard.Access(request, open ? ApiAction.ReadOpenItem : ApiAction.ReadClosedItem, OrganisationOf(request.Caller, record));
        return denied ?? RecordResults.Document(request.Http, document);
    };

    public static ApiHandler List(string kind) => async request =>
    {
        if (Guard.Access(request, ApiAction.ListItems, Ownership.None) is { } denied)
        {
            return denied;
        }

        var (limit, cursor, problem) = Guard.Paging(request);
        if (problem is not null)
        {
            return problem;
        }

        var organisation = request.Query("organisationId");
        if (organisation is not null && Guard.Id(organisation, "organisationId") is { } badOrganisation)
        {
            return badOrganisation;
        }

        // Needs only: a state to show, "expired" computed with the service's clock (NeedLifecycle).
        var status = kind == RecordKind.Needs ? request.Query("status") : null;
        if (status is not null && !NeedLifecycle.Shown.Contains(status))
        {
            return Problems.Validation([new FieldError("status", $"must be one of {string.Join(", ", NeedLifecycle.Shown)}")]);
        }

        var page = await request.Services.Store.ListAsync(kind, cursor, limit, request.Aborted);
        if (organisation is null && status is null)
        {
            return Results.Ok(page);
        }

        // The matching items out of the page, read here rather than by a browser fetching every record.
        var today = DateOnly.FromDateTime(request.Services.Workspace.Time.GetUtcNow().UtcDateTime);
        var kept = new List<string>();
        foreach (var id in page.Ids)
        {
            var document = await request.Services.Store.GetAsync(kind, id, request.Aborted);
            if (document is null)
            {
                continue;
            }

            var record = ItemWrites.Parse(document.Json);
            if ((organisation is null || ItemWrites.StringField(record, "organisationId") == organisation)
                && (status is null || NeedLifecycle.Effective(ItemWrites.StringField(record, "status"), WindowEnd(record), today) == status))
            {
                kept.Add(id);
            }
        }

        return Results.Ok(page with { Ids = kept });
    };

    private static DateOnly? WindowEnd(JsonElement record) =>
        record.TryGetProperty("window", out var window) && window.ValueKind == JsonValueKind.Object
            && ItemWrites.StringField(window, "to") is { } to && DateOnly.TryParseExact(to, "yyyy-MM-dd", out var end)
            ? end
            : null;

    public static Ownership OrganisationOf(Caller? caller, JsonElement record) =>
        Guard.OrganisationOwnership(caller, ItemWrites.StringField(record, "organisationId") ?? "");
}
