using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Browsing;

public sealed class SavedFiltersTests : IAsyncLifetime
{
    private readonly TestWorkspace _test = new();

    private SavedFilters Filters => new(_test.Workspace.Store);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _test.DisposeAsync();

    private static SavedFilter Filter(string name, string list, params (string Key, string Value)[] query) =>
        new(name, list, query.ToDictionary(q => q.Key, q => q.Value, StringComparer.Ordinal));

    [Fact]
    public async Task SaveAsync_ThenGetAsync_GivesThemBackPerPerson()
    {
        SavedFilter[] mine = [Filter("Santé au nord", "needs", ("sector", "health"), ("region", "MA-01"), ("sort", "-window")), Filter("Experts engineers", "experts", ("q", "engineer"))];

        Assert.Empty(await Filters.SaveAsync("STAFF-1", mine));
        Assert.Empty(await Filters.SaveAsync("STAFF-2", [Filter("Open", "needs", ("state", "open"))]));

        var read = await Filters.GetAsync("STAFF-1");
        Assert.Equal(mine.Select(f => (f.Name, f.List)), read.Select(f => (f.Name, f.List)));
        Assert.Equal(mine[0].Query.OrderBy(p => p.Key), read[0].Query.OrderBy(p => p.Key));
        Assert.Equal("Open", Assert.Single(await Filters.GetAsync("STAFF-2")).Name);
        Assert.Empty(await Filters.GetAsync("STAFF-3"));
    }

    [Fact]
    public async Task SaveAsync_EmptyList_RemovesEveryFilter()
    {
        Assert.Empty(await Filters.SaveAsync("STAFF-1", [Filter("Open", "needs", ("state", "open"))]));

        Assert.Empty(await Filters.SaveAsync("STAFF-1", []));

        Assert.Empty(await Filters.GetAsync("STAFF-1"));
    }

    [Fact]
    public async Task SaveAsync_AnyBadFilter_NamesItAndKeepsWhatWasThere()
    {
        Assert.Empty(await Filters.SaveAsync("STAFF-1", [Filter("Open", "needs", ("state", "open"))]));

        var errors = await Filters.SaveAsync("STAFF-1",
        [
            Filter("", "needs"),
            Filter("Everything", "assignments"),
            Filter("Bad sort", "needs", ("sort", "salary")),
            Filter("Paged", "experts", ("cursor", "20")),
            Filter("Twice", "needs"),
            Filter("Twice", "needs", ("state", "closed")),
            Filter("Organisation", "experts", ("organisationId", "ORG-1")),
            Filter("Backwards", "needs", ("from", "2027-05-01"), ("to", "2027-04-01")),
        ]);

        Assert.Equal(
            ["filters[0].name", "filters[1].list", "filters[2].query.sort", "filters[3].query.cursor", "filters[5].name", "filters[6].query.organisationId", "filters[7].query.to"],
            errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.Equal("Open", Assert.Single(await Filters.GetAsync("STAFF-1")).Name);
    }

    [Fact]
    public void Check_TooMany_IsRefused()
    {
        var many = Enumerable.Range(0, SavedFilters.MaxFilters + 1).Select(n => Filter($"F{n}", "needs")).ToList();

        Assert.Equal("tooMany", Assert.Single(SavedFilters.Check(many)).Code);
    }

    [Fact]
    public void IdOf_NeverHoldsTheSubjectInClear()
    {
        Assert.DoesNotContain("STAFF-1", SavedFilters.IdOf("STAFF-1"), StringComparison.Ordinal);
        Assert.Equal(SavedFilters.IdOf("STAFF-1"), SavedFilters.IdOf("STAFF-1"));
        Assert.NotEqual(SavedFilters.IdOf("STAFF-1"), SavedFilters.IdOf("STAFF-2"));
    }
}
