namespace DiasporaMatch.Interests;

/// <summary>
/// An investor's "I'm interested" in an opportunity (kind <see cref="OpportunityInterestBook.Kind"/>, one document per
/// pair). The opportunity's organisation knows the investor by a pseudonym until staff introduce them
/// (<see cref="IntroducedAt"/>).
/// </summary>
public sealed record OpportunityInterest
{
    public string Id { get; init; } = "";

    public string OpportunityId { get; init; } = "";

    public string ExpertId { get; init; } = "";

    public DateTimeOffset At { get; init; }

    public DateTimeOffset? IntroducedAt { get; init; }

    /// <summary>The staff member who introduced the investor to the organisation.</summary>
    public string? IntroducedBy { get; init; }
}
