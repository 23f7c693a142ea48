namespace DiasporaMatch.Access;

public enum AccessDecision
{
    Allow,

    /// <summary>Allowed, but personal details of experts must be removed (institutions before an accepted proposal).</summary>
    AllowPseudonymised,

    /// <summary>No caller: 401.</summary>
    Unauthenticated,

    /// <summary>A caller without the right: 403.</summary>
    Deny,
}
