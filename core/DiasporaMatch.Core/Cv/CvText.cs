namespace DiasporaMatch.Cv;

/// <summary>Text read from a CV, held in memory only for the request that uploaded it; never stored.</summary>
public sealed record CvText(CvFormat Format, string Text, int Pages, bool Truncated);
