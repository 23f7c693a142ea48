namespace DiasporaMatch.Programme;

/// <summary>A rating of an erased expert's mission: its value and when, not by whom.</summary>
public sealed record IndicatorFactRating(int Value, DateTimeOffset At);
