namespace DiasporaMatch.Api.Contracts;

/// <summary>Staff introduce an interested investor to the opportunity's organisation, which then learns who they are.</summary>
internal sealed record IntroductionRequest(string ExpertId);
