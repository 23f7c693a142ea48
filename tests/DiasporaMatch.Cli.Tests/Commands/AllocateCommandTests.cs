using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;

namespace DiasporaMatch.Cli.Commands;

/// <summary>`dmatch allocate` over the sample beside a running host: a plan that keeps the rules, read-only; bad input answered in one line.</summary>
[Collection(BesideSampleHost.Name)]
public sealed class AllocateCommandTests(SampleHostFixture sample)
{
    [Fact]
    public async Task Allocate_SampleOpenNeeds_PlansEachExpertOncePerOverlapAndChangesNoFile()
    {
        var before = sample.Snapshot();

        var (code, output, error) = await sample.Cli.RunAsync("allocate", "--top", "10", "--max-per-expert", "2", "--json");

        Assert.True(code == ExitCodes.Success, error);
        var plan = JsonDocument.Parse(output).RootElement;
        var rows = plan.GetProperty("rows").EnumerateArray().Select(r => (Need: r.GetProperty("needId").GetString()!, Expert: r.GetProperty("expertId").GetString()!)).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows.GroupBy(r => r.Expert), g => Assert.InRange(g.Count(), 1, 2));
        Assert.True(plan.GetProperty("quality").GetInt64() >= plan.GetProperty("greedyQuality").GetInt64());
        Assert.Equal(before, sample.Snapshot());
    }

    [Theory]
    [InlineData(ExitCodes.InvalidInput, "dmatch: needs/N-NOPE does not exist", "--needs", "N-NOPE")]
    [InlineData(ExitCodes.Usage, "--from must be a date written yyyy-MM-dd, not '2027-02-30'", "--from", "2027-02-30")]
    [InlineData(ExitCodes.Usage, "give either --needs or --from/--to, not both", "--needs", "N-0001", "--to", "2027-06-01")]
    public async Task Allocate_BadInput_OneLineAndItsExitCode(int expected, string message, params string[] args)
    {
        var (code, _, error) = await sample.Cli.RunAsync(["allocate", .. args]);

        Assert.Equal(expected, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllocateApply_BesideTheRunningHost_ExitOneAndNothingChanged()
    {
        var before = sample.Snapshot();

        var (code, _, error) = await sample.Cli.RunAsync("allocate", "--top", "10", "--apply");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("is being written by another process", error, StringComparison.Ordinal);
        Assert.Equal(before, sample.Snapshot());
    }

    [Fact]
    public async Task PlanRoute_Staff_SamePlanAsTheCommandAndBadInputAFieldError()
    {
        var (_, output, _) = await sample.Cli.RunAsync("allocate", "--top", "10", "--json");
        var fromCli = JsonDocument.Parse(output).RootElement.GetProperty("quality").GetInt64();

        var plan = await sample.PostAsync("/api/allocation/plans", """{"top":10}""");
        var unknown = await sample.PostAsync("/api/allocation/plans", """{"needIds":["N-NOPE"]}""");
        var both = await sample.PostAsync("/api/allocation/plans", """{"needIds":["N-0001"],"from":"2027-01-01"}""");

        Assert.Equal(fromCli, plan.GetProperty("quality").GetInt64());
        Assert.True(plan.GetProperty("quality").GetInt64() >= plan.GetProperty("greedyQuality").GetInt64());
        Assert.Equal(400, unknown.GetProperty("status").GetInt32());
        Assert.Contains("needs/N-NOPE does not exist", unknown.GetProperty("errors").ToString(), StringComparison.Ordinal);
        Assert.Equal(400, both.GetProperty("status").GetInt32());
    }
}
