namespace DiasporaMatch.Search;

/// <summary>
/// The exact form of the filters retrieval pushes into Lucene: consent, required languages at level, and
/// availability in the window for on-site needs (remote-ok experts pass for remote needs). Applied to every
/// candidate in both directions, so what retrieval over-admits (merged availability slots) never shows.
/// </summary>
public static class HardFilters
{
    public static bool Passes(NeedFacts need, ExpertFacts expert) =>
        expert.Consent && SpeaksRequired(need, expert) && AvailableAsNeeded(need, expert);

    public static bool SpeaksRequired(NeedFacts need, ExpertFacts expert) =>
        need.RequiredLanguages.All(required => Held(expert, required) is not null);

    /// <summary>The expert's skill in the required language when it meets the level, else null.</summary>
    public static LanguageFact? Held(ExpertFacts expert, LanguageFact required)
    {
        foreach (var held in expert.Languages)
        {
            if (held.Code == required.Code && (required.Rank < 0 || held.Rank >= required.Rank))
            {
                return held;
            }
        }

        return null;
    }

    public static bool AvailableAsNeeded(NeedFacts need, ExpertFacts expert)
    {
        if (need.Window is null)
        {
            return true;
        }

        var overlaps = expert.Availability.Any(range => range.OverlapDays(need.Window) > 0);
        return need.OnSite ? overlaps : overlaps || expert.RemoteOk;
    }
}
