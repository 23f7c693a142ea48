using DiasporaMatch.Profiles;
using DiasporaMatch.Ranking;

namespace DiasporaMatch.Assignments;

public sealed class BookedLastTests
{
    private static readonly DateRange Window = new(new(2027, 3, 1), new(2027, 6, 30));

    private static MatchResult Result(int rank, string expertId) =>
        new(rank, expertId, 10 - rank, [], [])
        {
            Explanation = [Reason.Of("skills.covers", ("covered", 1), ("total", 1)), Reason.Of("availability.whole"), Reason.Of("availability.share", ("percent", 100))],
        };

    private static IReadOnlyList<BookingEntry> Booked(string from, string to) =>
        [new BookingEntry("A-1", DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture))];

    [Fact]
    public void Order_NoBookingOverlapsTheWindow_ListUnchanged()
    {
        MatchResult[] ranked = [Result(1, "E-1"), Result(2, "E-2")];

        var ordered = BookedLast.Order(ranked, Window, [Booked("2027-01-01", "2027-02-28"), Booked("2027-07-01", "2027-07-30")]);

        Assert.Same(ranked, ordered);
    }

    [Fact]
    public void Order_BookedCandidates_LastInRankOrderRenumberedWithWhenFirst()
    {
        MatchResult[] ranked = [Result(1, "E-1"), Result(2, "E-2"), Result(3, "E-3"), Result(4, "E-4")];

        var ordered = BookedLast.Order(ranked, Window, [Booked("2027-06-30", "2027-07-20"), [], Booked("2027-02-01", "2027-03-01"), []]);

        Assert.Equal(["E-2", "E-4", "E-1", "E-3"], ordered.Select(r => r.ExpertId));
        Assert.Equal([1, 2, 3, 4], ordered.Select(r => r.Rank));
        Assert.Equal(ranked[1].Explanation, ordered[0].Explanation);
        var booked = ordered[2];
        Assert.Equal(new Reason("availability.booked", new Dictionary<string, string> { ["from"] = "2027-06-30", ["to"] = "2027-07-20" }).Key, booked.Explanation[0].Key);
        Assert.Equal(["availability.booked", "skills.covers"], booked.Explanation.Select(r => r.Code));
        Assert.Equal("listed after the free candidates: booked from 30 June 2027 to 20 July 2027, overlapping this assignment", booked.Reasons[0]);
        Assert.Equal(ranked[0].Score, booked.Score);
    }
}
