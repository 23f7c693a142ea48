namespace DiasporaMatch.Api.Contracts;

/// <summary>Mark the profile <c>other</c> as a different person from the one in the address.</summary>
internal sealed record DistinctRequest(string Other);
