namespace DiasporaMatch.Privacy;

/// <summary>A profile nobody has changed since <see cref="LastChanged"/>.</summary>
public sealed record StaleProfile(string Id, DateTimeOffset LastChanged);
