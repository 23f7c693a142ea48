using DiasporaMatch.Opportunities;
using DiasporaMatch.Profiles;
using DiasporaMatch.Ranking.Learning;

namespace DiasporaMatch.Sample;

/// <summary>
/// Dated staff decisions on investor–opportunity pairs for the sample. They follow a hidden fit that staff
/// weigh differently from the hand-weighted <c>InvestmentScorer</c> — an amount inside the ticket matters most
/// and falls off steeply outside it, the stage counts only in a sector the investor wants, the region little,
/// the support an investor looks for much (judged by what the phrases truly mean, <see cref="SampleSupport"/>) —
/// so a learned model has something to learn. Drawn from a random stream of their own, after everything else,
/// so adding them left every other sample file byte for byte as it was.
/// </summary>
public sealed class InvestmentDecisions(SampleOptions options)
{
    private const int PerInvestor = 6;

    private readonly Random _random = new(unchecked(options.Seed * 31 + 17));

    public IReadOnlyList<InvestmentDecision> Generate(IReadOnlyList<ExpertProfile> profiles, IReadOnlyList<Opportunity> opportunities)
    {
        var decisions = new List<InvestmentDecision>();
        foreach (var profile in profiles.Where(p => p.Investment is not null && p.IsMatchable))
        {
            // Not every investor has been followed yet.
            if (_random.NextDouble() < 0.25)
            {
                continue;
            }

            var interest = profile.Investment!;
            var first = options.Today.AddDays(-_random.Next(20, 540));
            var considered = opportunities
                .Where(o => interest.Sectors.Contains(o.Sector) || (o.Region is not null && interest.Regions.Contains(o.Region)))
                .Select(o => (o.Id, Fit: Fit(interest, o) + Gaussian(0.45)))
                .OrderByDescending(c => c.Fit)
                .ThenBy(c => c.Id, StringComparer.Ordinal)
                .Take(PerInvestor)
                .ToList();
            for (var rank = 0; rank < considered.Count; rank++)
            {
                var value = rank switch
                {
                    0 => first.AddDays(120) < options.Today ? "completed" : "approved",
                    1 => Pick(["accepted", "proposed", "declined"]),
                    < 4 => "shortlisted",
                    _ => Pick(["rejected", "declined"]),
                };
                var at = first.AddDays(2 + rank + _random.Next(0, 15)).ToDateTime(new TimeOnly(9 + _random.Next(0, 8), 0));
                decisions.Add(new InvestmentDecision
                {
                    OpportunityId = considered[rank].Id,
                    ExpertId = profile.Id,
                    Value = value,
                    At = new DateTimeOffset(at, TimeSpan.Zero),
                    By = $"STAFF-{_random.Next(1, 6):D2}",
                });
            }
        }

        return decisions.OrderBy(d => d.At).ThenBy(d => d.ExpertId, StringComparer.Ordinal).ThenBy(d => d.OpportunityId, StringComparer.Ordinal).ToList();
    }

    private static double Fit(InvestmentInterest interest, Opportunity opportunity)
    {
        var sector = interest.Sectors.Contains(opportunity.Sector) ? 1 : 0;
        var region = opportunity.Region is not null && interest.Regions.Contains(opportunity.Region) ? 1 : 0;
        var stage = interest.Stage is not null && interest.Stage == opportunity.Stage ? 1 : 0;
        var ticket = 1.0;
        if (opportunity.AmountSoughtEur is { } amount && amount > 0)
        {
            var ratio = amount < interest.TicketMinEur ? (double)(amount / interest.TicketMinEur.Value)
                : amount > interest.TicketMaxEur ? (double)(interest.TicketMaxEur.Value / amount)
                : 1;
            ticket = ratio * ratio * ratio;
        }

        var support = SampleSupport.Share(interest.SupportWanted, opportunity.SupportOffered);
        return (1.6 * sector) + (0.4 * region) + (2.6 * ticket) + (1.0 * stage * sector) + (1.8 * support);
    }

    private double Gaussian(double sd) => sd * Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

    private string Pick(string[] values) => values[_random.Next(values.Length)];
}
