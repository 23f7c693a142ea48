using DiasporaMatch.Profiles;

namespace DiasporaMatch.Ranking;

/// <summary>
/// Why an expert's suggestion list is empty, as a stable code the reader's UI words: what to add to the profile
/// first, else that nothing open fits now. Checked in the order an expert can fix them.
/// </summary>
public static class EmptySuggestions
{
    public const string NoConsent = "empty.noConsent";
    public const string NoSkills = "empty.noSkills";
    public const string NoAvailability = "empty.noAvailability";
    public const string AvailabilityPast = "empty.availabilityPast";
    public const string NoInvestmentInterest = "empty.noInvestmentInterest";
    public const string NoneOpen = "empty.noneOpen";

    /// <summary>The reason for an empty list of needs (<paramref name="investment"/> false) or of opportunities (true).</summary>
    public static string Why(ExpertProfile profile, DateOnly today, bool investment)
    {
        if (!profile.IsMatchable)
        {
            return NoConsent;
        }

        if (investment)
        {
            return profile.Investment is null ? NoInvestmentInterest : NoneOpen;
        }

        if (profile.Skills.Count == 0 && string.IsNullOrWhiteSpace(profile.Occupation))
        {
            return NoSkills;
        }

        if (profile.Availability.Count == 0)
        {
            return NoAvailability;
        }

        return profile.Availability.All(a => a.To < today) ? AvailabilityPast : NoneOpen;
    }
}
