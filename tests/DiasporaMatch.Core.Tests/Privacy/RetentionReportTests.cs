using System.Text.Json;
using DiasporaMatch.Records;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Privacy;

public sealed class RetentionReportTests
{
    [Fact]
    public async Task FindAsync_ProfilesUntouchedForYears_AreListedOthersNot()
    {
        await using var test = new TestWorkspace();
        foreach (var id in new[] { "E-OLD", "E-UPDATED", "E-GONE" })
        {
            var created = await test.Workspace.Records.CreateAsync(RecordKind.Profiles, JsonSerializer.SerializeToElement(new { id, fullName = "Test " + id, countryOfResidence = "BE" }));
            Assert.True(created.Succeeded);
        }

        test.Clock.Advance(TimeSpan.FromDays(3 * 366));
        var current = (await test.Workspace.Store.GetAsync(RecordKind.Profiles, "E-UPDATED"))!;
        await test.Workspace.Records.ReplaceAsync(RecordKind.Profiles, "E-UPDATED", JsonSerializer.SerializeToElement(new { id = "E-UPDATED", fullName = "Test renamed", countryOfResidence = "BE" }), current.Version);
        await test.Workspace.Store.DeleteAsync(RecordKind.Profiles, "E-GONE");

        var stale = await new RetentionReport(test.Workspace.Store, test.Clock).FindAsync(years: 2);

        Assert.Equal(["E-OLD"], stale.Select(p => p.Id));
    }
}
