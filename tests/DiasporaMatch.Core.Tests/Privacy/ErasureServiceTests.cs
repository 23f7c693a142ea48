using System.Text;
using System.Text.Json;
using DiasporaMatch.Ranking;
using DiasporaMatch.Records;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Privacy;

/// <summary>After erasure no byte of the data folder (store, change log, index, feature logs) names the person.</summary>
public sealed class ErasureServiceTests
{
    private static readonly string[] Identifiers = ["E-ERASEME", "Zoubida", "Qerrouchi", "zq.erase@example.org"];

    [Fact]
    public async Task EraseAsync_ExpertWithDecisionsAndLogs_LeavesNoIdentifierAnywhere()
    {
        await using var test = new TestWorkspace();
        var workspace = test.Workspace;
        await Create(workspace, RecordKind.Organisations, new { id = "ORG-1", name = "Centre hospitalier", type = "health", country = "MA" });
        await Create(workspace, RecordKind.Profiles, Expert("E-ERASEME", "Zoubida Qerrouchi", "zq.erase@example.org"));
        await Create(workspace, RecordKind.Profiles, Expert("E-KEEP", "Karim Bennani", "karim@example.org"));
        await Create(workspace, RecordKind.Needs, new { id = "N-1", organisationId = "ORG-1", title = "Neonatal care training", country = "MA", sector = "health", requiredSkills = new[] { "neonatal care" }, onSite = false, window = new { from = "2027-03-01", to = "2027-06-30" } });
        using (var matches = await workspace.OpenMatchServiceAsync())
        {
            var served = await matches.MatchAsync("N-1", 10, RankerNames.Baseline); // writes the served feature log
            Assert.Contains(served!, r => r.ExpertId == "E-ERASEME");
            await Create(workspace, RecordKind.Decisions, new { needId = "N-1", expertId = "E-ERASEME", decision = "shortlisted", at = "2026-11-30T09:00:00Z", by = "STAFF-1" });
            await Create(workspace, RecordKind.Decisions, new { needId = "N-1", expertId = "E-KEEP", decision = "shortlisted", at = "2026-11-30T09:00:00Z", by = "STAFF-1" });

            var staff = new Access.Caller(Access.Role.Staff, "STAFF-1");
            var assignment = await workspace.Assignments.CreateAsync(new Assignments.AssignmentRequest("N-1", "E-ERASEME", new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 31)), staff);
            Assert.True(assignment.Assignment is not null, assignment.ToString());
            await workspace.Audit.AppendAsync(new Access.Caller(Access.Role.Expert, "E-ERASEME"), "profiles.update", RecordKind.Profiles, "E-ERASEME", null, null);

            var report = await new ErasureService(workspace.Store, matches, workspace.Audit, workspace.Assignments).EraseAsync("E-ERASEME");

            Assert.Equal(new ErasureReport(true, 2, 1, report.ChangeLogEntries), report); // the posted decision and the assignment's "shortlisted"
            Assert.True(report.ChangeLogEntries >= 2); // created, deleted
            var after = await matches.MatchAsync("N-1", 10, RankerNames.Baseline);
            Assert.DoesNotContain(after!, r => r.ExpertId == "E-ERASEME");
            Assert.Contains(after!, r => r.ExpertId == "E-KEEP");
            var trail = (await workspace.Store.ListAsync(Audit.AuditLog.Kind, null, 100)).Ids;
            Assert.Empty((await workspace.Store.ListAsync(Assignments.AssignmentService.Kind, null, 10)).Ids);
            Assert.NotEmpty(trail); // scrubbed events and the erasure's tombstone remain
        }

        await ((IAsyncDisposable)workspace.Store).DisposeAsync(); // the file store, so its files can be scanned
        var leaks = Directory.EnumerateFiles(test.Folder, "*", SearchOption.AllDirectories)
            .SelectMany(file => Identifiers.Where(identifier => Contains(file, identifier)).Select(identifier => $"{identifier} in {Path.GetRelativePath(test.Folder, file)}"))
            .ToList();
        Assert.Empty(leaks);
        Assert.True(Directory.EnumerateFiles(test.Folder, "*", SearchOption.AllDirectories).Any(f => Contains(f, "E-KEEP")), "the scan must be able to find a kept expert");
    }

    private static bool Contains(string file, string text)
    {
        var bytes = File.ReadAllBytes(file);
        return bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0 || bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text.ToLowerInvariant())) >= 0;
    }

    private static object Expert(string id, string name, string email) => new
    {
        id,
        fullName = name,
        email,
        countryOfResidence = "NL",
        languages = new[] { new { code = "fr", level = "C1" } },
        skills = new[] { "neonatal care" },
        summary = $"{name} trains neonatal nurses",
        remoteOk = true,
        consent = new { given = true, version = "2026-01", at = "2026-11-01T10:00:00Z" },
    };

    private static async Task Create(Hosting.Workspace workspace, string kind, object record)
    {
        var outcome = await workspace.Records.CreateAsync(kind, JsonSerializer.SerializeToElement(record, RecordJson.Options));
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
    }
}
