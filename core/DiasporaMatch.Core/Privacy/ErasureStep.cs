namespace DiasporaMatch.Privacy;

/// <summary>The steps of an erasure, in order; each can be run again after a crash without harm.</summary>
public enum ErasureStep
{
    Journal,
    Assignments,
    Decisions,
    FeatureLog,
    Profile,
    Index,
    ChangeLog,
    Audit,
    Finished,
}
