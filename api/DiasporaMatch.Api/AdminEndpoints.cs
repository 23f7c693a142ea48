using DiasporaMatch.Access;
using DiasporaMatch.Duplicates;
using DiasporaMatch.Import;
using DiasporaMatch.Records;
using DiasporaMatch.Validation;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>Staff and admin routes: organisations, decisions, bulk imports.</summary>
internal static class AdminEndpoints
{
    private const int MaxReportedRejections = 1000;

    public static Task<IResult> CreateOrganisationAsync(ApiRequest request) =>
        ItemWrites.CreateAsync(request, RecordKind.Organisations, ApiAction.ManageOrganisations, (_, _) => Ownership.None);

    /// <summary>One organisation (its name, type and place): what experts and members see instead of its code, so anyone signed in.</summary>
    public static async Task<IResult> GetOrganisationAsync(ApiRequest request)
    {
        var (id, refused) = Guard.RouteId(request, ApiAction.ReadOpenItem, Ownership.None);
        if (refused is not null)
        {
            return refused;
        }

        var document = await request.Services.Store.GetAsync(RecordKind.Organisations, id, request.Aborted);
        return document is null ? Problems.NotFound($"organisations/{id}") : RecordResults.Document(request.Http, document);
    }

    public static async Task<IResult> ListOrganisationsAsync(ApiRequest request)
    {
        if (Guard.Access(request, ApiAction.ManageOrganisations, Ownership.None) is { } denied)
        {
            return denied;
        }

        var (limit, cursor, problem) = Guard.Paging(request);
        return problem ?? Results.Ok(await request.Services.Store.ListAsync(RecordKind.Organisations, cursor, limit, request.Aborted));
    }

    /// <summary>Records the decision and logs the pair's features as they are now: the training signal of tomorrow.</summary>
    public static Task<IResult> CreateDecisionAsync(ApiRequest request) =>
        ItemWrites.CreateAsync(request, RecordKind.Decisions, ApiAction.RecordDecision, (_, _) => Ownership.None, afterCreate: async outcome =>
        {
            var stored = await request.Services.Store.GetAsync(RecordKind.Decisions, outcome.Id!, request.Aborted);
            if (stored is not null)
            {
                await request.Services.Matches.LogDecisionAsync(RecordTypes.Read<Decisions.Decision>(stored.Json), request.Aborted);
            }
        });

    /// <summary>JSONL (application/x-ndjson) or CSV (text/csv) body; answers with the summary and the rejected records.</summary>
    public static async Task<IResult> ImportAsync(ApiRequest request)
    {
        if (Guard.Access(request, ApiAction.Import, Ownership.None) is { } denied)
        {
            return denied;
        }

        var kind = request.Query("kind");
        if (kind is not null && !RecordKind.IsKnown(kind))
        {
            return Problems.Validation([new FieldError("kind", $"must be one of {string.Join(", ", RecordKind.All)}")]);
        }

        var contentType = request.Http.Request.ContentType ?? "";
        ImportFormat? format = contentType.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) ? ImportFormat.Csv
            : contentType.StartsWith("application/x-ndjson", StringComparison.OrdinalIgnoreCase) || contentType.StartsWith("application/jsonl", StringComparison.OrdinalIgnoreCase) ? ImportFormat.JsonLines
            : null;
        if (format is null)
        {
            return Problems.Status(StatusCodes.Status415UnsupportedMediaType, "Send JSONL or CSV", "Content-Type must be application/x-ndjson or text/csv");
        }

        if (request.Http.Request.ContentLength > request.Services.Options.MaxImportBytes)
        {
            return Problems.Status(StatusCodes.Status413PayloadTooLarge, "Body too large", $"at most {request.Services.Options.MaxImportBytes:N0} bytes are accepted");
        }

        // The importer reads synchronously and streams: spool the body to a temp file first (async, size-checked).
        var spool = Path.GetTempFileName();
        try
        {
            await using (var file = new FileStream(spool, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                var buffer = new byte[1 << 16];
                int read;
                while ((read = await request.Http.Request.Body.ReadAsync(buffer, request.Aborted)) > 0)
                {
                    if (file.Length + read > request.Services.Options.MaxImportBytes)
                    {
                        return Problems.Status(StatusCodes.Status413PayloadTooLarge, "Body too large", $"at most {request.Services.Options.MaxImportBytes:N0} bytes are accepted");
                    }

                    await file.WriteAsync(buffer.AsMemory(0, read), request.Aborted);
                }
            }

            var rejections = new List<ImportRejection>();
            await using var input = File.OpenRead(spool);
            var summary = await request.Services.Workspace.Importer.ImportAsync(
                input,
                format.Value,
                kind,
                r =>
                {
                    if (rejections.Count < MaxReportedRejections)
                    {
                        rejections.Add(r);
                    }

                    return Task.CompletedTask;
                },
                cancellationToken: request.Aborted);
            await request.Services.IndexChangesAsync(request.Aborted);
            request.Services.Matches.ForgetHistory(); // imported decisions change track records
            await request.Services.AuditAsync(
                request.Caller, "imports", "run", summary.Kind, null, $"records {summary.Records}, created {summary.Created}, updated {summary.Updated}, rejected {summary.Rejected}", request.Aborted);
            IReadOnlyList<ProbableDuplicate> duplicates = [];
            if (summary.Kind == RecordKind.Profiles && summary.Created > 0)
            {
                duplicates = await DuplicateFinder.FindAsync(request.Services.Store, summary.CreatedIds, request.Aborted);
                if (duplicates.Count > 0)
                {
                    await request.Services.AuditAsync(request.Caller, "imports", "probable-duplicates", summary.Kind, null, $"{duplicates.Count} probable duplicate(s)", request.Aborted);
                }
            }

            return Results.Ok(new Contracts.ImportResult(summary.Kind, summary.Records, summary.Created, summary.Updated, summary.Rejected, rejections, duplicates));
        }
        catch (ImportFileException ex)
        {
            return Problems.Validation([new FieldError("", ex.Message)]);
        }
        finally
        {
            File.Delete(spool);
        }
    }
}
