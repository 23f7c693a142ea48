using DiasporaMatch.Access;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Audit;

public sealed class AuditLogTests : IAsyncLifetime
{
    private readonly TestWorkspace _test = new();

    private AuditLog Log => _test.Workspace.Audit;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _test.DisposeAsync();

    [Fact]
    public async Task Append_Event_HoldsWhoWhenWhatBeforeAfter()
    {
        var staff = new Caller(Role.Staff, "STAFF-1");
        await Log.AppendAsync(staff, "needs.replace", "needs", "N-0001", "version a", "version b");

        var entry = Assert.Single(await Log.ForSubjectAsync("N-0001"));
        Assert.Equal(("staff", "STAFF-1"), (entry.Role, entry.By));
        Assert.Equal(_test.Clock.GetUtcNow(), entry.At);
        Assert.Equal(("needs.replace", "needs", "N-0001"), (entry.Action, entry.SubjectKind, entry.SubjectId));
        Assert.Equal(("version a", "version b"), (entry.Before, entry.After));
    }

    [Fact]
    public async Task Append_WithoutCaller_IsBySystem()
    {
        var entry = await Log.AppendAsync(null, "import", "import", "profiles", null, "created 3");
        Assert.Equal(("system", "system"), (entry.Role, entry.By));
    }

    [Fact]
    public async Task ForSubject_ManySubjects_ReturnsOnlyThatSubjectInOrder()
    {
        var staff = new Caller(Role.Staff, "STAFF-1");
        for (var i = 0; i < 30; i++)
        {
            // Same tick for several events: the id's counter keeps them in append order.
            if (i % 3 == 0)
            {
                _test.Clock.Advance(TimeSpan.FromSeconds(1));
            }

            await Log.AppendAsync(staff, $"step {i}", "assignments", $"A-{i % 3}", null, null);
        }

        var events = await Log.ForSubjectAsync("A-1");

        Assert.Equal(Enumerable.Range(0, 30).Where(i => i % 3 == 1).Select(i => $"step {i}"), events.Select(e => e.Action));
        Assert.Empty(await Log.ForSubjectAsync("A-9"));
    }

    [Fact]
    public async Task Append_SameTickConcurrently_KeepsEveryEvent()
    {
        var staff = new Caller(Role.Staff, "STAFF-1");
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => Log.AppendAsync(staff, "note", "assignments", "A-1", null, $"{i}"))));
        Assert.Equal(200, (await Log.ForSubjectAsync("A-1")).Select(e => e.After).Distinct().Count());
    }

    [Fact]
    public async Task Recent_ManySubjects_ReturnsTheNewestAcrossTheLogNewestFirst()
    {
        var staff = new Caller(Role.Staff, "STAFF-1");
        for (var i = 0; i < 12; i++)
        {
            await Log.AppendAsync(staff, "needs.replace", "needs", $"N-{i:D4}", null, null);
            _test.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var recent = await Log.RecentAsync(5);

        Assert.Equal(new[] { "N-0011", "N-0010", "N-0009", "N-0008", "N-0007" }, recent.Select(e => e.SubjectId));
    }

    [Fact]
    public async Task Recent_Filtered_TheNewestOfThoseKeptOnly()
    {
        var staff = new Caller(Role.Staff, "STAFF-1");
        for (var i = 0; i < 12; i++)
        {
            await Log.AppendAsync(staff, i % 3 == 0 ? "profiles.replace" : "needs.replace", i % 3 == 0 ? "profiles" : "needs", $"R-{i:D4}", null, null);
            _test.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var recent = await Log.RecentAsync(3, e => e.SubjectKind == "profiles");

        Assert.Equal(new[] { "R-0009", "R-0006", "R-0003" }, recent.Select(e => e.SubjectId));
    }
}
