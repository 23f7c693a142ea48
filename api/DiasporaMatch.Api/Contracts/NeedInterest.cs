namespace DiasporaMatch.Api.Contracts;

/// <summary>One expert's "I'm interested" in a need (the expert id pseudonymised for the need's organisation).</summary>
internal sealed record NeedInterest(string ExpertId, DateTimeOffset At);
