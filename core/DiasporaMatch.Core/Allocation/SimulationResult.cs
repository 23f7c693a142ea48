namespace DiasporaMatch.Allocation;

/// <summary>
/// Total quality (in the full problem's 1..1000 units per row) of each way of planning needs as they arrive — greedy
/// per need, weekly batches, weekly with the hold-back (two-stage with the expected needs), weekly with LP shadow
/// prices, weekly planned with the true needs of the coming weeks (a clairvoyant reference: what a perfect forecast would give) — and the hindsight optimum they are measured against (all needs known, one CP-SAT solve).
/// </summary>
public sealed record SimulationResult(long Hindsight, long Greedy, long Weekly, long HoldBack, long ShadowPrices, long Clairvoyant, int Needs, int Weeks)
{
    public double Share(long quality) => Hindsight == 0 ? 1 : (double)quality / Hindsight;
}
