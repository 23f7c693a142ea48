using System.Globalization;
using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Api.Contracts;
using DiasporaMatch.Browsing;
using DiasporaMatch.Duplicates;
using DiasporaMatch.Validation;
using DiasporaMatch.Decisions;
using DiasporaMatch.Matching;
using DiasporaMatch.Profiles;
using DiasporaMatch.Ranking;
using DiasporaMatch.Records;
using DiasporaMatch.Search;
using DiasporaMatch.Storage;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>Expert profiles: the expert themself and staff; export is the expert's own.</summary>
internal static class ProfileEndpoints
{
    /// <summary>
    /// Creates the profile, then looks for probable duplicates: the create succeeds either way (one person may hold
    /// two profiles for a reason, and a refusal would block an expert's own sign-up), each one found is audited, and
    /// staff get them in the 201 body to merge or mark distinct. Other callers get an empty list: the other profiles
    /// are not theirs to learn about.
    /// </summary>
    public static Task<IResult> CreateAsync(ApiRequest request) =>
        ItemWrites.CreateAsync(
            request,
            RecordKind.Profiles,
            ApiAction.CreateProfile,
            (caller, body) => Guard.ProfileOwnership(caller, ItemWrites.StringField(body, "id") ?? ""),
            // An expert's profile id is their subject: they create their own, never someone else's.
            (caller, body) => caller is { Role: Role.Expert } ? ItemWrites.WithId(body, caller.Subject) : body,
            receipt: async outcome =>
            {
                var duplicates = await DuplicatesOfAsync(request, outcome.Id!);
                foreach (var duplicate in duplicates)
                {
                    await request.Services.AuditAsync(
                        request.Caller, RecordKind.Profiles, "probable-duplicate", duplicate.ExpertId, null,
                        $"of {duplicate.DuplicateOf}, score {duplicate.Score.ToString(CultureInfo.InvariantCulture)}, agree: {string.Join(", ", duplicate.Fields)}", request.Aborted);
                }

                return new ProfileReceipt(outcome.Id!, outcome.Version!, request.Caller is { IsStaff: true } ? duplicates : []);
            });

    /// <summary>On demand (staff): the probable duplicates of one profile among all the others.</summary>
    public static async Task<IResult> DuplicatesAsync(ApiRequest request)
    {
        var id = request.RouteValue("id");
        if (Guard.Id(id) is { } bad)
        {
            return bad;
        }

        // Listing profiles is the staff-only read of other people's profiles; this answers from the same right.
        if (Guard.Access(request, ApiAction.ListProfiles, Ownership.None) is { } denied)
        {
            return denied;
        }

        if (await request.Services.Store.GetAsync(RecordKind.Profiles, id, request.Aborted) is null)
        {
            return Problems.NotFound($"profiles/{id}");
        }

        return Results.Ok(new DuplicateList(id, await DuplicatesOfAsync(request, id)));
    }

    /// <summary>
    /// A stored profile's probable duplicates among its lookalikes in the profile index (a profile written in the
    /// last moments, not indexed yet, is not among them: asking again later finds it).
    /// </summary>
    private static async Task<IReadOnlyList<ProbableDuplicate>> DuplicatesOfAsync(ApiRequest request, string id)
    {
        if (await request.Services.Store.GetAsync(RecordKind.Profiles, id, request.Aborted) is not { } document)
        {
            return [];
        }

        var lookalikes = ProfileLookalikes.Of(request.Services.Matches.Indexes.Profiles, RecordTypes.Read<ExpertProfile>(document.Json));
        return await DuplicateFinder.FindAmongAsync(request.Services.Store, id, lookalikes, request.Aborted);
    }

    public static async Task<IResult> GetAsync(ApiRequest request)
    {
        var (id, refused) = Guard.Profile(request, ApiAction.ReadProfile);
        if (refused is not null)
        {
            return refused;
        }

        var document = await request.Services.Store.GetAsync(RecordKind.Profiles, id, request.Aborted);
        return document is null ? Problems.NotFound($"profiles/{id}") : RecordResults.Document(request.Http, document);
    }

    public static Task<IResult> ReplaceAsync(ApiRequest request) =>
        ItemWrites.ReplaceAsync(request, RecordKind.Profiles, ApiAction.UpdateProfile, (caller, _) => Guard.ProfileOwnership(caller, request.RouteValue("id")));

    /// <summary>
    /// Erasure, not just deletion (see <see cref="Privacy.ErasureService"/>): 204 once erased, also when asked again;
    /// 409 listing the booked assignments it would cancel unless <c>?confirm=true</c>.
    /// </summary>
    /// <summary>The one revocation call of erasure: the expert's tokens issued until now stop working (not in 8 hours).</summary>
    private static async Task<IResult> RevokedAsync(ApiRequest request, string id)
    {
        await request.Services.Revocations.RevokeAsync(id, request.Aborted);
        return Results.NoContent();
    }

    public static async Task<IResult> DeleteAsync(ApiRequest request)
    {
        var (id, refused) = Guard.Profile(request, ApiAction.DeleteProfile);
        if (refused is not null)
        {
            return refused;
        }

        var confirm = request.Query("confirm");
        if (confirm is not (null or "true" or "false"))
        {
            return Problems.Validation([new FieldError("confirm", "must be true or false")]);
        }

        var report = await request.Services.Erasure.EraseAsync(id, confirm == "true", request.Aborted);
        return report.Outcome switch
        {
            Privacy.ErasureOutcome.NotFound => Problems.NotFound($"profiles/{id}"),
            Privacy.ErasureOutcome.NeedsConfirmation => Results.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Erasure would cancel booked assignments",
                detail: $"erasing profiles/{id} cancels {report.ToCancel!.Count} approved or in-progress assignment(s); repeat with ?confirm=true to cancel them and erase",
                extensions: new Dictionary<string, object?>
                {
                    ["wouldCancel"] = report.ToCancel!.Select(a => new { a.Id, a.NeedId, state = Assignments.AssignmentWorkflow.Name(a.State), a.From, a.To }).ToArray(),
                }),
            _ => await RevokedAsync(request, id),
        };
    }

    public static async Task<IResult> ListAsync(ApiRequest request)
    {
        if (Guard.Access(request, ApiAction.ListProfiles, Ownership.None) is { } denied)
        {
            return denied;
        }

        if (BrowseQueryParser.IsSearch(request.Query))
        {
            return await Browse.ProfilesAsync(request);
        }

        var (limit, cursor, problem) = Guard.Paging(request);
        return problem ?? Results.Ok(await request.Services.Store.ListAsync(RecordKind.Profiles, cursor, limit, request.Aborted));
    }

    /// <summary>Everything held about the expert, as one JSON document: profile, decisions, assignments, logged features, audit.</summary>
    public static async Task<IResult> ExportAsync(ApiRequest request)
    {
        var (id, refused) = Guard.Profile(request, ApiAction.ExportProfile);
        if (refused is not null)
        {
            return refused;
        }

        var profile = await request.Services.Store.GetAsync(RecordKind.Profiles, id, request.Aborted);
        if (profile is null)
        {
            return Problems.NotFound($"profiles/{id}");
        }

        var decisions = new List<Decision>();
        await foreach (var document in request.Services.Store.ScanAsync(RecordKind.Decisions, request.Aborted))
        {
            var decision = RecordTypes.Read<Decision>(document.Json);
            if (decision.ExpertId == id)
            {
                decisions.Add(decision);
            }
        }

        var assignments = new List<Assignments.Assignment>();
        await foreach (var document in request.Services.Store.ScanAsync(Assignments.AssignmentService.Kind, request.Aborted))
        {
            var assignment = RecordTypes.Read<Assignments.Assignment>(document.Json);
            if (assignment.ExpertId == id)
            {
                // As on the assignment routes: the history names roles, not the staff or members who moved it.
                assignments.Add(Assignments.AssignmentDisclosure.For(request.Caller!, assignment, request.Services.Options.SigningKey));
            }
        }

        var featureLogs = request.Services.Matches.FeatureLog?.ReadAll().Where(e => e.ExpertId == id).ToList() ?? [];
        var audit = await request.Services.Workspace.Audit.ForSubjectAsync(id, request.Aborted);
        var interests = await new Interests.OpportunityInterestBook(request.Services.Store).ForExpertAsync(id, request.Aborted);
        using var stored = JsonDocument.Parse(profile.Json);
        return Results.Json(
            new Contracts.ProfileExport(request.Services.Workspace.Time.GetUtcNow(), stored.RootElement.Clone(), decisions, assignments, featureLogs, audit, interests),
            RecordJson.Options);
    }

    /// <summary>Open needs for the expert, <c>?top=&amp;ranker=</c>; <c>model</c> is the current need model.</summary>
    public static async Task<IResult> RecommendationsAsync(ApiRequest request) =>
        await SuggestAsync(request, investment: false, models => models?.Current(), (service, id, top, ranker, ct) => service.RecommendAsync(id, top, ranker, ct));

    /// <summary>Open opportunities for the investor, <c>?top=&amp;ranker=</c>; <c>model</c> is the current investor model.</summary>
    public static async Task<IResult> OpportunitiesAsync(ApiRequest request) =>
        await SuggestAsync(request, investment: true, models => models?.Investments.Current(), (service, id, top, ranker, ct) => service.InvestAsync(id, top, ranker, ct));

    private static async Task<IResult> SuggestAsync(
        ApiRequest request,
        bool investment,
        Func<Ranking.Learning.ModelRegistry?, Ranking.Learning.RankingModel?> currentModel,
        Func<Matching.MatchService, string, int, string, CancellationToken, Task<IReadOnlyList<Ranking.Suggestion>?>> suggest)
    {
        var (id, refused) = Guard.Profile(request, ApiAction.RecommendForProfile);
        if (refused is not null)
        {
            return refused;
        }

        var (query, problem) = Guard.Ranked(request);
        if (problem is not null)
        {
            return problem;
        }

        var (top, ranker, language) = query;

        // As for a need's matches: `model` without a trained or bundled model is served by the baseline, and says so.
        var model = ranker == RankerNames.Model ? currentModel(request.Services.Matches.Models) : null;
        var served = ranker == RankerNames.Model && model is null ? RankerNames.Baseline : ranker;
        var results = await suggest(request.Services.Matches, id, top, served, request.Aborted);
        if (results is null)
        {
            return Problems.NotFound($"profiles/{id}");
        }

        // An empty list says why, so the expert knows what to add (the web UI words the code).
        string? empty = null;
        if (results.Count == 0 && await request.Services.Matches.ReadExpertAsync(id, request.Aborted) is { } profile)
        {
            empty = EmptySuggestions.Why(profile, DateOnly.FromDateTime(request.Services.Workspace.Time.GetUtcNow().UtcDateTime), investment);
        }

        var strengths = MatchStrength.Of([.. results.Select(s => s.Score)]);
        return Results.Ok(new Contracts.SuggestionList(
            id,
            served,
            model?.Manifest.Version,
            RankerNames.FallbackNote(ranker, served),
            [.. results.Select((s, i) => new Contracts.SuggestedItem(s.Rank, s.Id, s.Title, strengths[i], s.Eligible, ReaderLanguage.Reasons(s.Explanation, s.Reasons, language), s.Explanation))],
            empty));
    }
}
