using DiasporaMatch.Decisions;

namespace DiasporaMatch.Ranking;

/// <summary>
/// Experts' track records read from decisions, always as of a moment: training asks "as of this need's first
/// decision" so no later outcome leaks into a feature; serving asks "as of now".
/// </summary>
public sealed class AssignmentHistory
{
    private readonly Dictionary<string, (DateTimeOffset At, int? Rating)[]> _byExpert;

    public AssignmentHistory(IEnumerable<Decision> decisions)
    {
        _byExpert = decisions
            .Where(d => d.Value is DecisionGrades.Approved or DecisionGrades.Completed)
            .GroupBy(d => d.ExpertId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(d => d.At).Select(d => (d.At, d.Value == DecisionGrades.Completed ? d.Rating : null)).ToArray(), StringComparer.Ordinal);
    }

    public static AssignmentHistory Empty { get; } = new([]);

    /// <summary>Assignments approved or completed strictly before <paramref name="asOf"/>.</summary>
    public TrackRecord Of(string expertId, DateTimeOffset asOf)
    {
        if (_byExpert.Count == 0 || !_byExpert.TryGetValue(expertId, out var events)) // no decisions yet: no string hashed per candidate
        {
            return default;
        }

        int count = 0, rated = 0;
        double sum = 0;
        foreach (var (at, rating) in events)
        {
            if (at >= asOf)
            {
                break;
            }

            count++;
            if (rating is { } r)
            {
                rated++;
                sum += r;
            }
        }

        return new TrackRecord(count, rated == 0 ? null : sum / rated);
    }
}
