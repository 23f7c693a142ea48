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

    /// <summary>The reasons in English, as the CLI and logs show them.</summary>
    public static IReadOnlyList<string> Reasons(InvestmentInterest interest, OpportunityFacts opportunity, float[] features) =>
        ReasonCatalogue.Bundled.Render(Explain(interest, opportunity, features), ReasonCatalogue.DefaultLanguage);

    /// <summary>The reasons as codes with arguments (sector, region and stage as codes; amounts in euros), rendered in the reader's language by <see cref="ReasonCatalogue"/>.</summary>
    public static IReadOnlyList<Reason> Explain(InvestmentInterest interest, OpportunityFacts opportunity, float[] features)
    {
        var reasons = new List<Reason>();
        if (features[0] > 0)
        {
            reasons.Add(Reason.Of("invest.sector", ("sector", opportunity.Sector)));
        }

        if (features[1] >= 1)
        {
            reasons.Add(Reason.Of("invest.region", ("region", opportunity.Region!)));
        }

        // Without a ticket range there is nothing to compare the amount with: no reason rather than "any–any".
        if (opportunity.AmountSoughtEur is { } amount && (interest.TicketMinEur is not null || interest.TicketMaxEur is not null))
        {
            reasons.Add(Reason.Of(
                features[2] >= 1 ? "invest.ticketWithin" : "invest.ticketOutside",
                ("amount", amount),
                ("min", Bound(interest.TicketMinEur)),
                ("max", Bound(interest.TicketMaxEur))));
        }

        if (features[3] > 0)
        {
            reasons.Add(Reason.Of("invest.stage", ("stage", opportunity.Stage!)));
        }

        // Features logged before supportFit existed have no sixth value: no support reason for them.
        if (features.Length > 5 && features[5] > 0 && interest.SupportWanted is { Count: > 0 }
            && SupportFit.Measure(interest.SupportWanted, opportunity.SupportOffered, SupportVocabulary.Bundled).Met is { Count: > 0 } met)
        {
            reasons.Add(Reason.Of("invest.support", ("support", string.Join(ReasonCatalogue.ListSeparator, met))));
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

    /// <summary>An open bound of the ticket range, shown as "…".</summary>
    private static string Bound(decimal? amount) => amount is { } a ? a.ToString(CultureInfo.InvariantCulture) : "";
}
