namespace DiasporaMatch.Ranking;

/// <summary>How the expert's occupation relates to the need's, for the reason text.</summary>
public enum OccupationRelation
{
    None,
    Same,
    Related,
    SameIscoGroup,
    SimilarWording,
}
