using DiasporaMatch.Duplicates;
using DiasporaMatch.Profiles;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Search;

public sealed class ProfileLookalikesTests
{
    private static readonly string[] FirstNames = ["Nadia", "Youssef", "Fatima", "Mohamed", "Samira", "Karim", "Amina", "Rachid"];
    private static readonly string[] LastNames = ["El Amrani", "Benali", "El Idrissi", "Ouazzani", "Tazi", "Berrada", "Alaoui", "Chraibi", "Bennani", "Fassi"];
    private static readonly string[] Countries = ["NL", "BE", "FR", "DE", "ES"];
    private static readonly string[] Sectors = ["health", "energy", "education", "agriculture"];

    /// <summary>
    /// 1,500 profiles over 80 names (about 19 people per name, as in a diaspora's common names), with typos, swapped
    /// word order and shared e-mails mixed in (seeded).
    /// </summary>
    private static List<ExpertProfile> Population()
    {
        var random = new Random(20261205);
        var people = new List<ExpertProfile>();
        for (var i = 0; i < 1500; i++)
        {
            var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
            name = (i % 10) switch
            {
                0 => name.Replace('a', 'e'), // a typo or another spelling
                1 => string.Join(' ', name.Split(' ').Reverse()),
                _ => name,
            };
            var email = i % 7 == 0 && i > 0 ? $"person{i - 7}@example.org" : $"person{i}@example.org";
            people.Add(new ProfileBuilder($"E-{i:D4}").With(p => p with
            {
                FullName = name,
                Email = email,
                CountryOfResidence = Countries[random.Next(Countries.Length)],
                Sectors = [Sectors[random.Next(Sectors.Length)]],
                Skills = [],
                Languages = [],
                Occupation = null,
            }).Build());
        }

        return people;
    }

    [Fact]
    public async Task Of_SeededPopulation_FindsEveryDuplicateTheFullScanFindsAndMisspeltOnes()
    {
        await using var h = new SearchHarness();
        var people = Population();
        await h.AddAndIndexAsync([.. people]);

        var compared = 0;
        var extra = 0;
        foreach (var profile in people.Where((_, i) => i % 5 == 0))
        {
            var scanned = await DuplicateFinder.FindAsync(h.Store, [profile.Id]);
            var looked = await DuplicateFinder.FindAmongAsync(h.Store, profile.Id, ProfileLookalikes.Of(h.Service.Indexes.Profiles, profile));

            // Every pair the scan finds; the scan only compares names sharing a whole word, so the trigrams find
            // more (a misspelt name in every word), each one a duplicate by the same rules.
            Assert.Superset(scanned.Select(d => (d.ExpertId, d.DuplicateOf, d.Score)).ToHashSet(), looked.Select(d => (d.ExpertId, d.DuplicateOf, d.Score)).ToHashSet());
            compared += scanned.Count;
            extra += looked.Count - scanned.Count;
        }

        Assert.True(compared > 300, $"only {compared} duplicates among the checked profiles: the population tests little");
        Assert.True(extra > 0, "no misspelt duplicate beyond the scan's: the typo variants test nothing");
    }

    [Fact]
    public async Task Of_SameEmailOtherNameAndCountry_FoundFirst()
    {
        await using var h = new SearchHarness();
        var people = Population();
        people.Add(new ProfileBuilder("E-MAIL").With(p => p with { FullName = "Zineb Kettani", Email = "PERSON3@example.org", CountryOfResidence = "CA" }).Build());
        await h.AddAndIndexAsync([.. people]);

        var lookalikes = ProfileLookalikes.Of(h.Service.Indexes.Profiles, people[^1], top: 5);

        Assert.Equal("E-MAIL", lookalikes[0]);
        Assert.Equal("E-0003", lookalikes[1]);
    }

    [Fact]
    public async Task Of_NoNameNoEmail_NothingAlike()
    {
        await using var h = new SearchHarness();
        await h.AddAndIndexAsync([.. Population().Take(50)]);

        Assert.Empty(ProfileLookalikes.Of(h.Service.Indexes.Profiles, new ProfileBuilder("E-X").With(p => p with { FullName = "", Email = null, CountryOfResidence = "NL" }).Build()));
    }
}
