namespace DiasporaMatch.Ranking;

/// <summary>An expert's earlier approved or completed assignments and their mean staff rating, as of a moment.</summary>
public readonly record struct TrackRecord(int Assignments, double? MeanRating);
