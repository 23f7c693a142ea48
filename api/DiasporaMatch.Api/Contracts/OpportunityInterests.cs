namespace DiasporaMatch.Api.Contracts;

/// <summary>The investors who said "I'm interested" in an opportunity, newest first.</summary>
internal sealed record OpportunityInterests(string OpportunityId, IReadOnlyList<InterestedInvestor> Investors);
