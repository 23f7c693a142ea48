namespace DiasporaMatch.Api.Contracts;

/// <summary>The body of <c>POST /api/allocation/plans/{id}/apply</c>: rows staff do not accept (<c>{}</c> accepts every row).</summary>
internal sealed record AllocationApplyRequest(IReadOnlyList<AllocationPairBody>? Exclude);
