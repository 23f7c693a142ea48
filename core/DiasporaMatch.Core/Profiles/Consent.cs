namespace DiasporaMatch.Profiles;

/// <summary>What the expert agreed to, which text version, and when: required to be matchable.</summary>
public sealed record Consent(bool Given, string Version, DateTimeOffset At);
