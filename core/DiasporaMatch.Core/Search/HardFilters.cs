using DiasporaMatch.Facts;

namespace DiasporaMatch.Search;

/// <summary>
/// The exact form of the filters retrieval pushes into Lucene: consent, required languages at level, and
/// availability in the window for on-site needs (remote-ok experts pass for remote needs). Applied to every
/// candidate in both directions, so what retrieval over-admits (merged availability slots) never shows.
/// </summary>
public static class HardFilters
{
    public static bool Passes(NeedFacts need, PackedFacts expert)
    {
        var count = need.RequiredLanguages.Count;
        Span<int> ids = count <= 16 ? stackalloc int[count] : new int[count]; // the expert → needs direction calls this per candidate
        FillLanguageIds(need, ids);
        return Passes(need, ids, expert);
    }

    /// <summary>As above, with the need's <see cref="LanguageIds"/> looked up once for all its candidates.</summary>
    public static bool Passes(NeedFacts need, ReadOnlySpan<int> languageIds, PackedFacts expert) =>
        expert.Consent && SpeaksRequired(need, languageIds, expert) && AvailableAsNeeded(need, expert);

    /// <summary>The <see cref="CodeIds"/> of the need's required languages, in their order.</summary>
    public static int[] LanguageIds(NeedFacts need)
    {
        var ids = new int[need.RequiredLanguages.Count];
        FillLanguageIds(need, ids);
        return ids;
    }

    /// <summary>The expert's skill in the required language when it meets the level, else null.</summary>
    public static LanguageFact? Held(PackedFacts expert, LanguageFact required) =>
        expert.LanguageAt(required.Code, CodeIds.Of(required.Code), required.Rank) is var at and >= 0 ? expert.LanguageFacts[at] : null;

    private static void FillLanguageIds(NeedFacts need, Span<int> ids)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = CodeIds.Of(need.RequiredLanguages[i].Code);
        }
    }

    private static bool SpeaksRequired(NeedFacts need, ReadOnlySpan<int> languageIds, PackedFacts expert)
    {
        var languages = need.RequiredLanguages;
        for (var i = 0; i < languages.Count; i++)
        {
            if (!expert.Speaks(languages[i].Code, languageIds[i], languages[i].Rank))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AvailableAsNeeded(NeedFacts need, PackedFacts expert) =>
        need.Window is not { } window || (!need.OnSite && expert.RemoteOk) || expert.AvailableWithin(window.From.DayNumber, window.To.DayNumber);
}
