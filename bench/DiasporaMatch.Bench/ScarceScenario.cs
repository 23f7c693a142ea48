using DiasporaMatch.Allocation;
using DiasporaMatch.Profiles;

namespace DiasporaMatch.Bench;

/// <summary>
/// A generated year where strong experts are scarce and contested (the case the hold-back is for), seeded:
/// 300 experts, each with a home sector (0.5 + 0.5 × strength) and a second one (0.3 + 0.6 × strength), strength
/// uniform squared so strong experts are few; supply and demand differ by sector (water, energy and law are
/// wanted far more than they are staffed). Needs arrive week by week per sector × region with a Poisson count
/// whose rate follows the sector's season (a cosine peaking in its own month, ±90%), 1–3 positions, posted 14–42
/// days before a 21–75-day window. Each need's candidates are its sector's experts, +0.06 for one who knows the
/// region, plus noise (σ 0.04), top <see cref="Top"/>. Two years are drawn from one stream: the first is the
/// history the hold-back estimates from (never planned), the second is simulated.
/// </summary>
public static class ScarceScenario
{
    public const int Seed = 20270520;

    public const int Top = 50;

    private static readonly string[] Sectors = ["health", "water", "energy", "education", "digital", "finance", "agriculture", "law"];
    private static readonly double[] Supply = [0.22, 0.04, 0.06, 0.20, 0.20, 0.15, 0.09, 0.04];
    private static readonly double[] Demand = [0.15, 0.15, 0.12, 0.12, 0.14, 0.10, 0.12, 0.10];
    private static readonly string[] Regions = ["MA-01", "MA-04", "MA-06", "MA-09"];
    private static readonly double[] RegionShare = [0.25, 0.35, 0.25, 0.15];

    public static (IReadOnlyList<ArrivingNeed> History, IReadOnlyList<ArrivingNeed> Year, IReadOnlyList<AllocationCandidate> Candidates) Generate(
        int seed = Seed, int experts = 300, int needsPerYear = 300)
    {
        var random = new Random(seed);
        var pool = Enumerable.Range(0, experts).Select(e =>
        {
            var home = Draw(random, Supply);
            var second = (home + 1 + random.Next(Sectors.Length - 1)) % Sectors.Length;
            var regions = new HashSet<int> { random.Next(Regions.Length) };
            if (random.NextDouble() < 0.3)
            {
                regions.Add(random.Next(Regions.Length));
            }

            return (Id: $"E-{e:D4}", Home: home, Second: second, Strength: Math.Pow(random.NextDouble(), 2), Regions: regions);
        }).ToList();
        var peak = Sectors.Select(_ => random.Next(1, 13)).ToArray();

        var needs = new List<(ArrivingNeed Need, int Sector, int Region)>();
        var first = new DateOnly(2026, 1, 5); // a Monday
        for (var week = first; week < first.AddDays(7 * 104); week = week.AddDays(7))
        {
            for (var s = 0; s < Sectors.Length; s++)
            {
                var season = 1 + (0.9 * Math.Cos(2 * Math.PI * (week.Month - peak[s]) / 12));
                for (var r = 0; r < Regions.Length; r++)
                {
                    for (var k = Poisson(random, needsPerYear / 52.0 * Demand[s] * RegionShare[r] * season); k > 0; k--)
                    {
                        var arrival = week.AddDays(random.Next(7));
                        var from = arrival.AddDays(random.Next(14, 43));
                        var positions = random.NextDouble() switch { < 0.6 => 1, < 0.9 => 2, _ => 3 };
                        var need = new AllocationNeed($"N-{arrival:yyyyMMdd}-{needs.Count:D4}", positions, new DateRange(from, from.AddDays(random.Next(21, 76))));
                        needs.Add((new ArrivingNeed(need, arrival, Sectors[s], Regions[r]), s, r));
                    }
                }
            }
        }

        var candidates = new List<AllocationCandidate>();
        foreach (var (need, sector, region) in needs)
        {
            candidates.AddRange(pool.Where(e => e.Home == sector || e.Second == sector)
                .Select(e => (e.Id, Score: (e.Home == sector ? 0.5 + (0.5 * e.Strength) : 0.3 + (0.6 * e.Strength)) + (e.Regions.Contains(region) ? 0.06 : 0) + (0.04 * Normal(random))))
                .OrderByDescending(x => x.Score)
                .Take(Top)
                .Select(x => new AllocationCandidate(need.Need.Id, x.Id, Math.Round(x.Score, 4))));
        }

        var split = first.AddDays(7 * 52);
        return (needs.Where(n => n.Need.Arrival < split).Select(n => n.Need).ToList(), needs.Where(n => n.Need.Arrival >= split).Select(n => n.Need).ToList(), candidates);
    }

    private static int Draw(Random random, double[] weights)
    {
        var u = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    /// <summary>Knuth's method: fine for the small weekly rates here.</summary>
    private static int Poisson(Random random, double rate)
    {
        var limit = Math.Exp(-rate);
        var count = 0;
        for (var p = random.NextDouble(); p > limit; p *= random.NextDouble())
        {
            count++;
        }

        return count;
    }

    private static double Normal(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
