namespace DiasporaMatch.Ranking;

/// <summary>
/// Decision values and the relevance grade each gives a (need, expert) pair for learning to rank:
/// approved/completed 4 &gt; accepted/proposed 3 &gt; shortlisted or the expert's own interest 2 &gt; shown without a decision 1 &gt; rejected/declined 0.
/// A pair with several decisions takes its latest one.
/// </summary>
public static class DecisionGrades
{
    public const string Shortlisted = "shortlisted";
    public const string Proposed = "proposed";
    public const string Accepted = "accepted";
    public const string Declined = "declined";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Completed = "completed";

    /// <summary>The expert said "I'm interested" in the need: their own signal, worth what a staff shortlisting is.</summary>
    public const string Interested = "interested";

    /// <summary>The grade of a candidate that was shown but never decided on.</summary>
    public const int Shown = 1;

    public const int Max = 4;

    public static int Of(string decision) => decision switch
    {
        Approved or Completed => 4,
        Accepted or Proposed => 3,
        Shortlisted or Interested => 2,
        Rejected or Declined => 0,
        _ => Shown,
    };
}
