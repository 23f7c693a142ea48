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

    public static bool SpeaksRequired(NeedFacts need, ExpertFacts expert)
    {
        var languages = need.RequiredLanguages;
        for (var i = 0; i < languages.Count; i++)
        {
            if (Held(expert, languages[i]) is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The expert's skill in the required language when it meets the level, else null.</summary>
    public static LanguageFact? Held(ExpertFacts expert, LanguageFact required)
    {
        var languages = expert.Languages;
        for (var i = 0; i < languages.Count; i++)
        {
            var held = languages[i];
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

        if (!need.OnSite && expert.RemoteOk)
        {
            return true;
        }

        var ranges = expert.Availability;
        for (var i = 0; i < ranges.Count; i++)
        {
            if (ranges[i].OverlapDays(need.Window) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
