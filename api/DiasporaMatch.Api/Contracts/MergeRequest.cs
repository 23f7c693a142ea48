namespace DiasporaMatch.Api.Contracts;

/// <summary>Merge the profile <c>from</c> into the one in the address, which stays (send that profile's ETag in If-Match).</summary>
internal sealed record MergeRequest(string From);
