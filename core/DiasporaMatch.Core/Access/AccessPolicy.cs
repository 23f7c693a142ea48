using System.Security.Cryptography;
using System.Text;

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

        if (action == ApiAction.ExpressInterest)
        {
            return caller.Role == Role.Expert ? AccessDecision.Allow : AccessDecision.Deny;
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
            // Scoped by the handler to the member's organisation.
            (Role.Institution, ApiAction.ExportRecords) => AccessDecision.Allow,
            _ => AccessDecision.Deny,
        };
    }

    /// <summary>
    /// Whether <paramref name="caller"/> may know which expert an assignment is about. Staff and the expert do;
    /// the need's organisation only once the expert has accepted (their yes is the consent to be named); before
    /// that it sees <see cref="Pseudonym"/>, on every route, as on the match list.
    /// </summary>
    public static bool RevealsExpert(Caller caller, string expertId, string organisationId, bool expertAccepted) =>
        caller.IsStaff
        || caller.Role == Role.Expert && caller.Subject == expertId
        || caller.Role == Role.Institution && caller.OrganisationId == organisationId && expertAccepted;

    /// <summary>Stable per need, unlinkable across needs without the key: institutions can discuss "candidate 3f9a…" with staff.</summary>
    public static string Pseudonym(string key, string needId, string expertId)
    {
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(needId + "\n" + expertId));
        return "candidate-" + Convert.ToHexStringLower(hash.AsSpan(0, 6));
    }
}
