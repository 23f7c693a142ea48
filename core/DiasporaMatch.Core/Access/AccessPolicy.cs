namespace DiasporaMatch.Access;

/// <summary>
/// Every authorisation rule of the service, in one table: role × action × ownership → decision. Hosts only
/// ask; they never decide. "Item" is a need or an opportunity, owned by the caller's organisation or not.
/// </summary>
public static class AccessPolicy
{
    public static AccessDecision Decide(Caller? caller, ApiAction action, Ownership ownership)
    {
        if (action == ApiAction.ReadPublic)
        {
            return AccessDecision.Allow;
        }

        if (caller is null)
        {
            return AccessDecision.Unauthenticated;
        }

        if (caller.IsStaff)
        {
            // Staff see everything (every action audited); exporting is the expert's own right.
            return action == ApiAction.ExportProfile ? AccessDecision.Deny : AccessDecision.Allow;
        }

        var own = ownership == Ownership.Own;
        return (caller.Role, action) switch
        {
            (Role.Expert, ApiAction.CreateProfile or ApiAction.ReadProfile or ApiAction.UpdateProfile or ApiAction.DeleteProfile
                or ApiAction.ExportProfile or ApiAction.RecommendForProfile) when own => AccessDecision.Allow,
            (Role.Institution, ApiAction.CreateItem or ApiAction.UpdateItem or ApiAction.DeleteItem or ApiAction.ReadClosedItem) when own => AccessDecision.Allow,
            (Role.Institution, ApiAction.ViewMatches) when own => AccessDecision.AllowPseudonymised,

            // "Own" assignment: the caller is its expert, or a member of its need's organisation. Which move each
            // may make is the workflow's rule (AssignmentWorkflow), asked next.
            (Role.Expert or Role.Institution, ApiAction.ReadAssignment or ApiAction.MoveAssignment) when own => AccessDecision.Allow,
            // Anyone signed in may ask; the list is filtered to the assignments the caller is a party to.
            (_, ApiAction.ReadOpenItem or ApiAction.ListItems or ApiAction.ListAssignments) => AccessDecision.Allow,
            _ => AccessDecision.Deny,
        };
    }
}
