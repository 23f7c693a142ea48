using System.Text.Json.Serialization;

namespace DiasporaMatch.Decisions;

/// <summary>A staff decision on a (need, expert) pair; also the training signal (kind <c>decisions</c>).</summary>
public sealed record Decision
{
    public string Id { get; init; } = "";

    public string NeedId { get; init; } = "";

    public string ExpertId { get; init; } = "";

    /// <summary>shortlisted, proposed, accepted, declined, approved, rejected, completed, or interested (the expert's own "I'm interested").</summary>
    [JsonPropertyName("decision")]
    public string Value { get; init; } = "";

    public DateTimeOffset At { get; init; }

    public string By { get; init; } = "";

    public int? Rating { get; init; }
}
