using DiasporaMatch.Needs;
using DiasporaMatch.Profiles;

namespace DiasporaMatch.Normalisation;

/// <summary>
/// Resolves a record's skill and occupation phrases to taxonomy concepts. Search and ranking only consume it;
/// the taxonomy implements it. For a need, <see cref="NormalisedTerms.Skills"/> holds one entry per required and
/// optional skill phrase (matched back by <see cref="ConceptRef.Phrase"/>).
/// </summary>
public interface ITermNormaliser
{
    NormalisedTerms ForProfile(ExpertProfile profile);

    NormalisedTerms ForNeed(Need need);
}
