using System.Globalization;
using DiasporaMatch.Facts;
using DiasporaMatch.Profiles;
using DiasporaMatch.Reference;

namespace DiasporaMatch.Ranking;

/// <summary>
/// Scores an opportunity for an investor: sector, region, amount sought against the ticket range, stage, and the
/// support offered against the support wanted. Features (in order): sectorMatch, regionMatch, ticketFit,
/// stageMatch, textScore, supportFit — new features go last, so models trained on a prefix still read theirs.
/// </summary>
public static class InvestmentScorer
{
    public static IReadOnlyList<string> FeatureNames { get; } = ["sectorMatch", "regionMatch", "ticketFit", "stageMatch", "textScore", "supportFit"];

    public static IReadOnlyList<float> Weights { get; } = [2.0f, 1.0f, 1.5f, 0.5f, 0.5f, 1.0f];

    public static float[] Features(InvestmentInterest interest, OpportunityFacts opportunity, float textScore) =>
        Features(interest, SupportWants.Of(interest.SupportWanted, SupportVocabulary.Bundled), opportunity, textScore);

    /// <summary>The pair's features with the investor's wanted support analysed beforehand (once per query).</summary>
    public static float[] Features(InvestmentInterest interest, SupportWants wants, OpportunityFacts opportunity, float textScore) =>
    [
        interest.Sectors.Contains(opportunity.Sector) ? 1 : 0,
        opportunity.Region is not null && interest.Regions.Contains(opportunity.Region) ? 1 : interest.Regions.Count == 0 ? 0.5f : 0,
        TicketFit(interest, opportunity.AmountSoughtEur),
        interest.Stage is not null && interest.Stage == opportunity.Stage ? 1 : 0,
        Math.Clamp(textScore, 0, 1),
        SupportFit.Measure(wants, opportunity.SupportOffered, SupportVocabulary.Bundled).Share,
    ];

    public static double Score(float[] features) => features.Select((f, i) => (double)Weights[i] * f).Sum();

    public static IReadOnlyList<string> Reasons(InvestmentInterest interest, OpportunityFacts opportunity, float[] features)
    {
        var reasons = new List<string>();
        if (features[0] > 0)
        {
            reasons.Add($"in the {opportunity.Sector} sector you invest in");
        }

        if (features[1] >= 1)
        {
            reasons.Add($"in {opportunity.Region}, a region you chose");
        }

        if (opportunity.AmountSoughtEur is { } amount)
        {
            var range = $"{Eur(interest.TicketMinEur)}–{Eur(interest.TicketMaxEur)}";
            reasons.Add(features[2] >= 1
                ? $"seeks {Eur(amount)}, within your ticket of {range}"
                : $"seeks {Eur(amount)}, outside your ticket of {range}");
        }

        if (features[3] > 0)
        {
            reasons.Add($"at the {opportunity.Stage} stage you look for");
        }

        // Features logged before supportFit existed have no sixth value: no support reason for them.
        if (features.Length > 5 && features[5] > 0 && interest.SupportWanted is { Count: > 0 }
            && SupportFit.Measure(interest.SupportWanted, opportunity.SupportOffered, SupportVocabulary.Bundled).Met is { Count: > 0 } met)
        {
            reasons.Add($"offers {Join(met)}, which you look for");
        }

        return reasons;
    }

    /// <summary>1 inside the ticket range, the ratio of the nearer bound outside it, 0.5 when either is unknown.</summary>
    private static float TicketFit(InvestmentInterest interest, decimal? amount)
    {
        if (amount is not { } a || a <= 0 || (interest.TicketMinEur is null && interest.TicketMaxEur is null))
        {
            return 0.5f;
        }

        if (interest.TicketMinEur is { } min && a < min)
        {
            return (float)(a / min);
        }

        if (interest.TicketMaxEur is { } max && a > max)
        {
            return (float)(max / a);
        }

        return 1;
    }

    private static string Join(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    private static string Eur(decimal? amount) =>
        amount is { } a ? "€" + a.ToString("#,0", CultureInfo.InvariantCulture) : "any";
}
