namespace DiasporaMatch.Programme;

/// <summary>Days from an assignment's shortlisting to its approval, over every approved assignment (null when none).</summary>
public sealed record TimeToMatch(int Matched, double? MedianDays, double? MeanDays);
