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
            .Where(Counts)
            .GroupBy(d => d.ExpertId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(d => d.At).Select(Event).ToArray(), StringComparer.Ordinal);
    }

    private AssignmentHistory(Dictionary<string, (DateTimeOffset At, int? Rating)[]> byExpert) => _byExpert = byExpert;

    public static AssignmentHistory Empty { get; } = new(Array.Empty<Decision>());

    /// <summary>
    /// This history with one more decision: what reading every decision again would give, without reading them
    /// (a programme's decisions only grow, and re-reading them all after each one made every decision slower).
    /// </summary>
    public AssignmentHistory With(Decision decision)
    {
        if (!Counts(decision))
        {
            return this;
        }

        var events = _byExpert.TryGetValue(decision.ExpertId, out var known) ? known : [];
        var at = 0;
        while (at < events.Length && events[at].At <= decision.At)
        {
            at++;
        }

        var byExpert = new Dictionary<string, (DateTimeOffset At, int? Rating)[]>(_byExpert, StringComparer.Ordinal)
        {
            [decision.ExpertId] = [.. events[..at], Event(decision), .. events[at..]],
        };
        return new AssignmentHistory(byExpert);
    }

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

    private static bool Counts(Decision decision) => decision.Value is DecisionGrades.Approved or DecisionGrades.Completed;

    private static (DateTimeOffset At, int? Rating) Event(Decision decision) =>
        (decision.At, decision.Value == DecisionGrades.Completed ? decision.Rating : null);
}
