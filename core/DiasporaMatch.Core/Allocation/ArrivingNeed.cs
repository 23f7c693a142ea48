namespace DiasporaMatch.Allocation;

/// <summary>A need as the simulation sees it arrive: the need, the day it is posted, and the cell future needs are estimated by.</summary>
public sealed record ArrivingNeed(AllocationNeed Need, DateOnly Arrival, string Sector, string Region);
