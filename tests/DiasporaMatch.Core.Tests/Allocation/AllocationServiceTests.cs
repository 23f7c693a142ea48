using DiasporaMatch.Needs;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Allocation;

/// <summary>Plans over the sample's open needs: the candidate graph comes from the match service, the plan keeps every rule.</summary>
[Collection(SampleLearningCollection.Name)]
public sealed class AllocationServiceTests(SampleLearningFixture sample)
{
    [Fact]
    public async Task PlanAsync_SampleOpenNeeds_RowsAreEligibleCandidatesAndNoExpertOnOverlappingNeeds()
    {
        var service = new AllocationService(sample.Test.Workspace.Store, sample.Service);

        var report = await service.PlanAsync(new AllocationRequest { Top = 20 });
        var (problem, plan) = (report.Problem, report.Plan);

        Assert.NotEmpty(plan.Rows);
        Assert.All(plan.Rows, row => Assert.Contains(problem.Candidates, c => c.NeedId == row.NeedId && c.ExpertId == row.ExpertId));
        var needs = problem.Needs.ToDictionary(n => n.Id);
        foreach (var expert in plan.Rows.GroupBy(r => r.ExpertId))
        {
            var rows = expert.ToList();
            Assert.DoesNotContain(rows, a => rows.Any(b => a != b && CandidateGraph.Overlaps(needs[a.NeedId], needs[b.NeedId])));
        }

        Assert.All(plan.Rows.GroupBy(r => r.NeedId), g => Assert.InRange(g.Count(), 1, needs[g.Key].Positions));
        Assert.True(plan.Quality >= report.GreedyQuality);
        Assert.Equal(GreedyAllocation.Plan(problem).Quality, report.GreedyQuality);
    }

    [Fact]
    public async Task PlanAsync_UnknownOrClosedNeed_RefusedNamingIt()
    {
        var service = new AllocationService(sample.Test.Workspace.Store, sample.Service);
        var closed = await FirstNeedAsync(n => n.Status != "open");

        var unknown = await Assert.ThrowsAsync<AllocationInputException>(() => service.PlanAsync(new AllocationRequest { NeedIds = ["N-NOPE"] }));

        Assert.Equal("needs/N-NOPE does not exist", unknown.Message);
        if (closed is not null)
        {
            var refused = await Assert.ThrowsAsync<AllocationInputException>(() => service.PlanAsync(new AllocationRequest { NeedIds = [closed] }));
            Assert.Equal($"needs/{closed} is not open", refused.Message);
        }
    }

    private async Task<string?> FirstNeedAsync(Func<Need, bool> predicate)
    {
        await foreach (var document in sample.Test.Workspace.Store.ScanAsync(RecordKind.Needs))
        {
            if (predicate(RecordTypes.Read<Need>(document.Json)))
            {
                return document.Id;
            }
        }

        return null;
    }
}
