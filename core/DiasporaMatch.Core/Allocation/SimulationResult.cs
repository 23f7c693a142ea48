namespace DiasporaMatch.Allocation;

/// <summary>
/// Total quality (in the full problem's 1..1000 units per row) of each way of planning needs as they arrive, and
/// the hindsight optimum they are measured against (all needs known, one CP-SAT solve).
/// </summary>
public sealed record SimulationResult(long Hindsight, long Greedy, long Weekly, long HoldBack, int Needs, int Weeks)
{
    public double Share(long quality) => Hindsight == 0 ? 1 : (double)quality / Hindsight;
}
