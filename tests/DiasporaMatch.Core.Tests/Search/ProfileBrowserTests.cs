using DiasporaMatch.Browsing;
using DiasporaMatch.Profiles;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Search;

public sealed class ProfileBrowserTests
{
    private static readonly string[] Names = ["Nadia El Amrani", "nadia benali", "Élodie Tazi", "Youssef Alaoui", "Ömer Fassi", "أمينة بناني", "Karim O'Neil", "karim oneil", "Zineb", "amina Chraibi"];
    private static readonly string[] Sectors = ["health", "energy", "education"];
    private static readonly string[] Regions = ["MA-01", "MA-04", "MA-06"];
    private static readonly string[] Languages = ["fr", "ar", "nl", "en"];
    private static readonly string[] Occupations = ["nurse", "infirmière en néonatologie", "ingénieur électricien", "teacher"];

    /// <summary>300 profiles (seeded) with shared and differently cased names, missing fields and varied availability.</summary>
    private static List<ExpertProfile> Population()
    {
        var random = new Random(20261205);
        T Pick<T>(T[] items) => items[random.Next(items.Length)];
        return [.. Enumerable.Range(0, 300).Select(i =>
        {
            var start = new DateOnly(2027, 1, 1).AddDays(random.Next(360));
            return new ProfileBuilder(i % 17 == 0 ? $"e-{i:D3}" : $"E-{i:D3}").With(p => p with
            {
                FullName = Pick(Names),
                Email = i % 3 == 0 ? null : $"user{i}@example.org",
                Occupation = i % 5 == 0 ? null : Pick(Occupations),
                Headline = i % 4 == 0 ? "Formatrice clinique" : null,
                Skills = i % 2 == 0 ? ["neonatal care", "triage"] : ["solar energy"],
                YearsExperience = i % 6 == 0 ? null : random.Next(0, 30),
                Sectors = [Pick(Sectors)],
                PreferredRegions = i % 3 == 1 ? [Pick(Regions)] : [],
                Languages = [new LanguageSkill(Pick(Languages), "B2")],
                Availability = i % 7 == 0 ? [] : [new DateRange(start, start.AddDays(random.Next(10, 90)))],
                Consent = i % 9 == 0 ? p.Consent! with { Given = false } : p.Consent,
            }).Build();
        })];
    }

    private static IEnumerable<BrowseQuery> Queries()
    {
        string?[] texts = [null, "nadia", "NAD", "el", "elodie", "infirm", "neonatal care", "user1", "e-0", "امين", "zz"];
        string[] sorts = ["id", "name", "experience"];
        var random = new Random(7);
        for (var i = 0; i < 120; i++)
        {
            var from = new DateOnly(2027, 1, 1).AddDays(random.Next(360));
            yield return new BrowseQuery
            {
                Text = texts[i % texts.Length],
                Sort = sorts[i % sorts.Length],
                Descending = i % 2 == 1,
                State = (i % 5) switch { 0 => "matchable", 1 => "unmatchable", _ => null },
                Sector = i % 4 == 0 ? Sectors[i % Sectors.Length] : null,
                Region = i % 6 == 0 ? Regions[i % Regions.Length] : null,
                Language = i % 5 == 2 ? Languages[i % Languages.Length] : null,
                Window = i % 3 == 0 ? new DateRange(from, from.AddDays(random.Next(1, 60))) : null,
                Offset = i % 8 == 0 ? 20 : 0,
                Limit = i % 2 == 0 ? 25 : 100,
            };
        }
    }

    [Fact]
    public async Task Page_SeededQueries_SameIdsInTheSameOrderAsReadingEveryProfile()
    {
        await using var h = new SearchHarness();
        await h.AddAndIndexAsync([.. Population()]);

        var nonEmpty = 0;
        foreach (var query in Queries())
        {
            var scanned = await ScannedProfiles.PageAsync(h.Store, query);
            var indexed = ProfileBrowser.Page(h.Service.Indexes.Profiles, query);

            Assert.True(scanned.Ids.SequenceEqual(indexed.Ids), $"{query}: scan [{string.Join(", ", scanned.Ids)}] index [{string.Join(", ", indexed.Ids)}]");
            Assert.Equal(scanned.NextCursor, indexed.NextCursor);
            nonEmpty += scanned.Ids.Count > 1 ? 1 : 0;
        }

        Assert.True(nonEmpty > 60, $"only {nonEmpty} queries listed more than one profile: the comparison tests little");
    }

    [Fact]
    public async Task Page_ProfileChangedThenIndexed_ListedAsItIsNow()
    {
        await using var h = new SearchHarness();
        var profile = new ProfileBuilder("E-1").With(p => p with { FullName = "Nadia El Amrani" }).Build();
        await h.AddAndIndexAsync(profile);

        await h.AddAndIndexAsync(profile with { FullName = "Samira Benali" });

        Assert.Empty(ProfileBrowser.Page(h.Service.Indexes.Profiles, new BrowseQuery { Text = "nadia" }).Ids);
        Assert.Equal(["E-1"], ProfileBrowser.Page(h.Service.Indexes.Profiles, new BrowseQuery { Text = "samira" }).Ids);
    }
}
