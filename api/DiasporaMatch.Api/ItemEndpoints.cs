using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Browsing;
using DiasporaMatch.Records;
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

        if (kind == RecordKind.Needs && BrowseQueryParser.IsSearch(request.Query))
        {
            return await Browse.NeedsAsync(request);
        }

        var (limit, cursor, problem) = Guard.Paging(request);
        if (problem is not null)
        {
            return problem;
        }

        var page = await request.Services.Store.ListAsync(kind, cursor, limit, request.Aborted);
        var organisation = request.Query("organisationId");
        if (organisation is null)
        {
            return Results.Ok(page);
        }

        if (Guard.Id(organisation, "organisationId") is { } badOrganisation)
        {
            return badOrganisation;
        }

        // One organisation's opportunities out of the page (needs are filtered by the search above).
        var own = new List<string>();
        foreach (var id in page.Ids)
        {
            var document = await request.Services.Store.GetAsync(kind, id, request.Aborted);
            if (document is not null && ItemWrites.StringField(ItemWrites.Parse(document.Json), "organisationId") == organisation)
            {
                own.Add(id);
            }
        }

        return Results.Ok(page with { Ids = own });
    };

    public static Ownership OrganisationOf(Caller? caller, JsonElement record) =>
        Guard.OrganisationOwnership(caller, ItemWrites.StringField(record, "organisationId") ?? "");
}
