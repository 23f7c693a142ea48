using System.Text.Json;
using DiasporaMatch.Assignments;
using DiasporaMatch.Cli.TestSupport;
using DiasporaMatch.Hosting;
using DiasporaMatch.Records;

namespace DiasporaMatch.Cli.Commands;

/// <summary>`dmatch allocate --apply` on a sample data folder no server holds: the plan is kept and its rows become shortlisted assignments.</summary>
public sealed class AllocateApplyCommandTests(SampleCliFixture sample) : IClassFixture<SampleCliFixture>
{
    [Fact]
    public async Task AllocateApply_TwoNeeds_OneShortlistedAssignmentPerRow()
    {
        var (_, planned, _) = await sample.Cli.RunAsync("allocate", "--top", "10", "--json");
        var needs = JsonDocument.Parse(planned).RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("needId").GetString()!).Distinct().Take(2).ToList();
        Assert.Equal(2, needs.Count);

        var (code, output, error) = await sample.Cli.RunAsync("allocate", "--needs", string.Join(',', needs), "--top", "10", "--apply", "--json");

        Assert.True(code == ExitCodes.Success, error);
        var result = JsonDocument.Parse(output).RootElement;
        var rows = result.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("needId").GetString()!, r.GetProperty("expertId").GetString()!)).ToList();
        var ids = result.GetProperty("assignments").EnumerateArray().Select(a => a.GetString()!).ToList();
        Assert.StartsWith("AP-", result.GetProperty("planId").GetString(), StringComparison.Ordinal);
        await using var workspace = Workspace.Open(Path.Combine(sample.Cli.DataFolder, "data"), new WorkspaceOptions { ReadOnly = true });
        var opened = new List<(string, string)>();
        foreach (var id in ids)
        {
            var stored = await workspace.Store.GetAsync(AssignmentService.Kind, id);
            var assignment = RecordTypes.Read<Assignment>(stored!.Json);
            Assert.Equal(AssignmentState.Shortlisted, assignment.State);
            opened.Add((assignment.NeedId, assignment.ExpertId));
        }

        Assert.Equal(rows.Order(), opened.Order());
    }

    [Fact]
    public async Task AllocateApply_UnknownNeed_ExitOneAndNothingWritten()
    {
        var before = FolderSnapshot.Of(Path.Combine(sample.Cli.DataFolder, "data", "store", "docs"));

        var (code, _, error) = await sample.Cli.RunAsync("allocate", "--needs", "N-NOPE", "--apply");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Equal("dmatch: needs/N-NOPE does not exist", error.Trim());
        Assert.Equal(before, FolderSnapshot.Of(Path.Combine(sample.Cli.DataFolder, "data", "store", "docs")));
    }
}
