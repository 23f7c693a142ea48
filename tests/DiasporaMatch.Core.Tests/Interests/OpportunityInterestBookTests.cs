using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Interests;

/// <summary>Investors' interest in opportunities: one per pair however often or concurrently it is said; the first introduction stands.</summary>
public sealed class OpportunityInterestBookTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
    private readonly TestWorkspace _test = new();

    private OpportunityInterestBook Book => new(_test.Workspace.Store);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _test.DisposeAsync();

    [Fact]
    public async Task ExpressAsync_SaidTwice_KeptOnceAsFirstSaid()
    {
        var first = await Book.ExpressAsync("O-1", "E-1", Monday);
        var again = await Book.ExpressAsync("O-1", "E-1", Monday.AddDays(1));

        Assert.True(first.Created);
        Assert.False(again.Created);
        Assert.Equal(Monday, again.Interest.At);
        Assert.Equal(Monday, Assert.Single(await Book.ForOpportunityAsync("O-1")).At);
    }

    [Fact]
    public async Task ExpressAsync_Concurrent_OneDocumentOneCreated()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Book.ExpressAsync("O-1", "E-1", Monday))));

        Assert.Single(results, r => r.Created);
        Assert.Single(await Book.ForOpportunityAsync("O-1"));
    }

    [Fact]
    public async Task ForOpportunityAsync_SeveralInvestors_NewestFirstOnlyThatOpportunity()
    {
        await Book.ExpressAsync("O-1", "E-1", Monday);
        await Book.ExpressAsync("O-1", "E-2", Monday.AddHours(2));
        await Book.ExpressAsync("O-2", "E-3", Monday.AddHours(1));

        Assert.Equal(["E-2", "E-1"], (await Book.ForOpportunityAsync("O-1")).Select(i => i.ExpertId));
        Assert.Equal(["O-1"], (await Book.ForExpertAsync("E-2")).Select(i => i.OpportunityId));
    }

    [Fact]
    public async Task IntroduceAsync_NeverInterested_NullAndNothingWritten()
    {
        Assert.Null(await Book.IntroduceAsync("O-1", "E-1", "STAFF-1", Monday));
        Assert.Empty(await Book.ForOpportunityAsync("O-1"));
    }

    [Fact]
    public async Task IntroduceAsync_Twice_FirstIntroductionStands()
    {
        await Book.ExpressAsync("O-1", "E-1", Monday);

        var introduced = await Book.IntroduceAsync("O-1", "E-1", "STAFF-1", Monday.AddDays(1));
        var again = await Book.IntroduceAsync("O-1", "E-1", "STAFF-2", Monday.AddDays(2));

        Assert.Equal((Monday.AddDays(1), "STAFF-1"), (introduced!.IntroducedAt, introduced.IntroducedBy));
        Assert.Equal((Monday.AddDays(1), "STAFF-1"), (again!.IntroducedAt, again.IntroducedBy));
    }

    [Fact]
    public async Task RemoveForExpertAsync_TheirsGoOthersStay()
    {
        await Book.ExpressAsync("O-1", "E-1", Monday);
        await Book.ExpressAsync("O-2", "E-1", Monday);
        await Book.ExpressAsync("O-1", "E-2", Monday);

        var removed = await Book.RemoveForExpertAsync("E-1");

        Assert.Equal(2, removed.Count);
        Assert.Empty(await Book.ForExpertAsync("E-1"));
        Assert.Single(await Book.ForExpertAsync("E-2"));
    }
}
