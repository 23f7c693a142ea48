namespace DiasporaMatch.Records;

/// <summary>Closed vocabularies that carry workflow meaning (sectors, countries and regions are data, in <c>data/reference</c>).</summary>
public static class Vocabulary
{
    public static IReadOnlyList<string> InvestmentStages { get; } = ["idea", "create", "expand", "partner"];

    public static IReadOnlyList<string> OrganisationTypes { get; } = ["public", "university", "health", "ngo", "private", "investment-centre"];

    public static IReadOnlyList<string> Decisions { get; } = ["shortlisted", "proposed", "accepted", "declined", "approved", "rejected", "completed", "interested"];

    public static IReadOnlyList<string> ItemStatuses { get; } = ["open", "closed"];

    /// <summary>A need's stored states (<see cref="Needs.NeedLifecycle"/>); "expired" is computed, never stored.</summary>
    public static IReadOnlyList<string> NeedStatuses { get; } = ["open", "filled", "closed", "withdrawn"];
}
