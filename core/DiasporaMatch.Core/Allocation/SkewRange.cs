namespace DiasporaMatch.Allocation;

/// <summary>
/// skew@k of one attribute (country of residence, self-declared gender) in a plan against its eligible pool: the
/// value the plan under-represents most (<see cref="Min"/>, negative) and over-represents most (<see cref="Max"/>).
/// </summary>
public sealed record SkewRange(string Attribute, string MinValue, double Min, string MaxValue, double Max);
