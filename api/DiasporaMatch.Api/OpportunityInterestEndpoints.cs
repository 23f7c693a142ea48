using DiasporaMatch.Access;
using DiasporaMatch.Interests;
using DiasporaMatch.Profiles;
using DiasporaMatch.Ranking;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.Records;
using DiasporaMatch.Training;
using DiasporaMatch.Validation;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>
/// "I'm interested" in an investment opportunity: the investor's own word (<see cref="OpportunityInterestBook"/>), logged
/// as an investment decision of kind <c>interested</c> so the investor model learns from it; listed to staff by name and
/// to the opportunity's organisation by pseudonym until staff introduce the investor.
/// </summary>
internal static class OpportunityInterestEndpoints
{
    private static readonly string[] IntroductionFields = ["expertId"];

    public static async Task<IResult> ExpressAsync(ApiRequest request)
    {
        var (id, refused) = Guard.RouteId(request, ApiAction.ExpressInterest, Ownership.None);
        if (refused is not null)
        {
            return refused;
        }

        var opportunity = await request.Services.Matches.ReadOpportunityAsync(id, request.Aborted);
        if (opportunity is null)
        {
            return Problems.NotFound($"opportunities/{id}");
        }

        if (opportunity.Status != "open")
        {
            return Problems.Status(StatusCodes.Status409Conflict, "The opportunity is not open", $"opportunities/{id} is {opportunity.Status}");
        }

        var expert = request.Caller!.Subject;
        if (await request.Services.Matches.ReadExpertAsync(expert, request.Aborted) is not { } profile)
        {
            return Problems.Status(StatusCodes.Status409Conflict, "No profile yet", "save your profile first: interest is matched against it");
        }

        var now = request.Services.Workspace.Time.GetUtcNow();
        var (interest, created) = await new OpportunityInterestBook(request.Services.Store).ExpressAsync(id, expert, now, request.Aborted);
        if (created)
        {
            await request.Services.AuditAsync(request.Caller, RecordKind.Opportunities, "interest", id, null, $"interest {interest.Id}", request.Aborted);
            await LearnAsync(request, profile, id, expert, now);
        }

        // Idempotent: said again, the first one stands and is answered the same way.
        return Results.Ok(View(interest, reveal: true, name: profile.FullName, email: profile.Email));
    }

    public static async Task<IResult> ListAsync(ApiRequest request)
    {
        var id = request.RouteValue("id");
        if (Guard.Id(id) is { } bad)
        {
            return bad;
        }

        var (document, access) = await AccessAsync(request, id);
        if (Guard.Deny(access) is { } denied)
        {
            return denied;
        }

        if (document is null)
        {
            return Problems.NotFound($"opportunities/{id}");
        }

        var interests = await new OpportunityInterestBook(request.Services.Store).ForOpportunityAsync(id, request.Aborted);
        var investors = new List<Contracts.InterestedInvestor>(interests.Count);
        foreach (var interest in interests)
        {
            investors.Add(await ShownAsync(request, interest, pseudonymise: access == AccessDecision.AllowPseudonymised));
        }

        return Results.Ok(new Contracts.OpportunityInterests(id, investors));
    }

    public static async Task<IResult> IntroduceAsync(ApiRequest request)
    {
        // Introducing is staff's decision (as every decision record is), whoever owns the opportunity.
        var (id, refused) = Guard.RouteId(request, ApiAction.RecordDecision, Ownership.Other);
        if (refused is not null)
        {
            return refused;
        }

        var (body, problem) = await BodyFields.ReadObjectAsync(request, IntroductionFields);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new List<FieldError>();
        var expertId = BodyFields.RequiredString(body, "expertId", errors);
        if (expertId is not null && TextChecks.CheckId(expertId) is { } invalid)
        {
            errors.Add(new FieldError("expertId", invalid));
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        if (await request.Services.Store.GetAsync(RecordKind.Opportunities, id, request.Aborted) is null)
        {
            return Problems.NotFound($"opportunities/{id}");
        }

        var introduced = await new OpportunityInterestBook(request.Services.Store).IntroduceAsync(id, expertId!, request.Caller!.Subject, request.Services.Workspace.Time.GetUtcNow(), request.Aborted);
        if (introduced is null)
        {
            return Problems.Status(StatusCodes.Status409Conflict, "Not interested", $"{expertId} has not said they are interested in opportunities/{id}");
        }

        await request.Services.AuditAsync(request.Caller, RecordKind.Opportunities, "introduce", id, null, $"interest {introduced.Id}", request.Aborted);
        return Results.Ok(await ShownAsync(request, introduced, pseudonymise: false));
    }

    /// <summary>The opportunity and what the caller may see of its investors (staff all; its organisation pseudonyms).</summary>
    private static async Task<(Storage.StoredDocument? Document, AccessDecision Access)> AccessAsync(ApiRequest request, string id)
    {
        if (request.Caller is null)
        {
            return (null, AccessDecision.Unauthenticated);
        }

        var document = await request.Services.Store.GetAsync(RecordKind.Opportunities, id, request.Aborted);
        var ownership = document is null ? Ownership.Other : ItemEndpoints.OrganisationOf(request.Caller, ItemWrites.Parse(document.Json));
        return (document, AccessPolicy.Decide(request.Caller, ApiAction.ViewMatches, ownership));
    }

    /// <summary>An interest as the caller may see it: the organisation learns the investor only once staff introduced them.</summary>
    private static async Task<Contracts.InterestedInvestor> ShownAsync(ApiRequest request, OpportunityInterest interest, bool pseudonymise)
    {
        var reveal = !pseudonymise || interest.IntroducedAt is not null;
        var profile = reveal ? await request.Services.Matches.ReadExpertAsync(interest.ExpertId, request.Aborted) : null;
        return reveal
            ? View(interest, true, profile?.FullName, profile?.Email)
            : View(interest with { ExpertId = AccessPolicy.Pseudonym(request.Services.Options.SigningKey, interest.OpportunityId, interest.ExpertId) }, false, null, null);
    }

    private static Contracts.InterestedInvestor View(OpportunityInterest interest, bool reveal, string? name, string? email) =>
        new(interest.ExpertId, interest.At, interest.IntroducedAt is not null, interest.IntroducedAt, reveal ? name : null, reveal ? email : null);

    /// <summary>
    /// The investor model learns from it as from staff's investment decisions: logged with the pair's features as they
    /// are now. A profile without an investment interest has no investor features, so nothing is logged for it.
    /// </summary>
    private static async Task LearnAsync(ApiRequest request, ExpertProfile profile, string opportunityId, string expertId, DateTimeOffset at)
    {
        var matches = request.Services.Matches;
        if (matches.FeatureLog is null || profile.Investment is null)
        {
            return;
        }

        var pipeline = new InvestmentLearningPipeline(matches, (matches.Models ?? request.Services.Workspace.Models).Investments, request.Services.Workspace.Time);
        await pipeline.LogDecisionsAsync([new InvestmentDecision { OpportunityId = opportunityId, ExpertId = expertId, Value = DecisionGrades.Interested, At = at, By = expertId }], request.Aborted);
    }
}
