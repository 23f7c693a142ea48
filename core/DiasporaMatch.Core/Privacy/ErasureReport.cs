namespace DiasporaMatch.Privacy;

/// <summary>What an erasure removed; counts only, no personal data.</summary>
public sealed record ErasureReport(bool ProfileFound, int Decisions, int FeatureLogEntries, int ChangeLogEntries);
