namespace DiasporaMatch.Api;

/// <summary>What a ranked list was asked for: how many, by which ranker, explained in which language.</summary>
internal sealed record RankedQuery(int Top, string Ranker, string Language);
