using DiasporaMatch.Assignments;

namespace DiasporaMatch.Programme;

/// <summary>One move of an erased expert's assignment: from where to where and when, not by whom or why.</summary>
public sealed record IndicatorFactStep(AssignmentState? From, AssignmentState To, DateTimeOffset At);
