namespace DiasporaMatch.Allocation;

/// <summary>A request that names needs that cannot be planned (unknown, or no longer open): nothing is planned.</summary>
public sealed class AllocationInputException(string message) : Exception(message);
