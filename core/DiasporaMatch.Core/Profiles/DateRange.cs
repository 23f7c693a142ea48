using System.Text.Json.Serialization;

namespace DiasporaMatch.Profiles;

/// <summary>An inclusive range of days.</summary>
public sealed record DateRange(DateOnly From, DateOnly To)
{
    [JsonIgnore]
    public int Days => To.DayNumber - From.DayNumber + 1;

    public int OverlapDays(DateRange other)
    {
        var from = Math.Max(From.DayNumber, other.From.DayNumber);
        var to = Math.Min(To.DayNumber, other.To.DayNumber);
        return Math.Max(0, to - from + 1);
    }
}
