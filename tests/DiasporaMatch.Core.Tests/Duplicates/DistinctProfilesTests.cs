using System.Text.Json;
using DiasporaMatch.Records;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Duplicates;

/// <summary>#18 item 5: a pair staff marked "not the same person" is not flagged again, however detection asks.</summary>
public sealed class DistinctProfilesTests
{
    [Fact]
    public async Task FindAsync_PairMarkedDistinct_NotFlaggedAsIntakeImportOrOnDemandAsk()
    {
        await using var test = new TestWorkspace();
        var store = test.Workspace.Store;
        foreach (var (id, email) in new[] { ("E-A", "nadia@example.org"), ("E-B", "Nadia@Example.org"), ("E-C", "nadia@example.org") })
        {
            var profile = new { id, fullName = "Nadia El Amrani", email, countryOfResidence = "NL", consent = new { given = true, version = "2026-01", at = "2026-11-01T10:00:00Z" } };
            Assert.True((await test.Workspace.Records.CreateAsync(RecordKind.Profiles, JsonSerializer.SerializeToElement(profile, RecordJson.Options))).Succeeded);
        }

        // Intake and on demand ask for one profile; an import for all it created.
        string[][] asks = [["E-B"], ["E-A"], ["E-A", "E-B", "E-C"]];
        foreach (var ask in asks)
        {
            Assert.Contains(await DuplicateFinder.FindAsync(store, ask), d => IsPair(d, "E-A", "E-B"));
        }

        var distinct = new DistinctProfiles(store);
        var (pair, created) = await distinct.MarkAsync("E-B", "E-A", "STAFF-1", test.Clock.GetUtcNow());
        var (again, createdAgain) = await distinct.MarkAsync("E-A", "E-B", "STAFF-2", test.Clock.GetUtcNow().AddDays(1));

        Assert.Equal(["E-A", "E-B"], pair.Experts);
        Assert.True(created);
        Assert.Equal((pair.Id, pair.By, pair.At, false), (again.Id, again.By, again.At, createdAgain)); // either order, once; the first mark stands
        foreach (var ask in asks)
        {
            var found = await DuplicateFinder.FindAsync(store, ask);
            Assert.DoesNotContain(found, d => IsPair(d, "E-A", "E-B"));
            Assert.Contains(found, d => IsPair(d, "E-A", "E-C") || IsPair(d, "E-B", "E-C")); // other pairs are still flagged
        }

        Assert.Equal(1, await distinct.RemoveForExpertAsync("E-A"));
        Assert.Contains(await DuplicateFinder.FindAsync(store, ["E-A"]), d => IsPair(d, "E-A", "E-B"));
    }

    private static bool IsPair(ProbableDuplicate duplicate, string a, string b) =>
        (duplicate.ExpertId, duplicate.DuplicateOf) == (a, b) || (duplicate.ExpertId, duplicate.DuplicateOf) == (b, a);
}
