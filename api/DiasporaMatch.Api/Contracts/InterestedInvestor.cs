namespace DiasporaMatch.Api.Contracts;

/// <summary>
/// One investor's "I'm interested" in an opportunity. Staff see who they are; the opportunity's organisation sees a
/// per-opportunity pseudonym and no name until staff introduce them (<c>Introduced</c>), then their id, name and email.
/// </summary>
internal sealed record InterestedInvestor(string ExpertId, DateTimeOffset At, bool Introduced, DateTimeOffset? IntroducedAt, string? Name, string? Email);
