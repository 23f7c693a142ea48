namespace DiasporaMatch.Allocation;

/// <summary>Why a need keeps open positions in a plan.</summary>
public enum UnfilledReason
{
    /// <summary>No eligible expert was retrieved for it.</summary>
    NoEligibleExpert,

    /// <summary>Every candidate scores below the need's minimum.</summary>
    BelowMinimum,

    /// <summary>Its remaining candidates are booked on overlapping dates already.</summary>
    Booked,

    /// <summary>Its remaining candidates are planned onto other needs (dates or the per-expert cap), where they add more.</summary>
    Capacity,
}
