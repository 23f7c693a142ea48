using static DiasporaMatch.Access.AccessDecision;

namespace DiasporaMatch.Access;

/// <summary>
/// The full matrix: every action × every role (and anonymous) × own / other / none, written out by hand from
/// DESIGN.md's roles table, so a change to the policy must change this table too.
/// </summary>
public sealed class AccessPolicyTests
{
    // Columns: anonymous, expert own, expert other, institution own, institution other, staff, admin.
    private static readonly Dictionary<ApiAction, AccessDecision[]> Expected = new()
    {
        [ApiAction.ReadPublic] = [Allow, Allow, Allow, Allow, Allow, Allow, Allow],
        [ApiAction.CreateProfile] = [Unauthenticated, Allow, Deny, Deny, Deny, Allow, Allow],
        [ApiAction.ReadProfile] = [Unauthenticated, Allow, Deny, Deny, Deny, Allow, Allow],
        [ApiAction.UpdateProfile] = [Unauthenticated, Allow, Deny, Deny, Deny, Allow, Allow],
        [ApiAction.DeleteProfile] = [Unauthenticated, Allow, Deny, Deny, Deny, Allow, Allow],
        [ApiAction.ExportProfile] = [Unauthenticated, Allow, Deny, Deny, Deny, Deny, Deny],
        [ApiAction.ListProfiles] = [Unauthenticated, Deny, Deny, Deny, Deny, Allow, Allow],
        [ApiAction.RecommendForProfile] = [Unauthenticated, Allow, Deny, Deny, Deny, Allow, Allow],
        [ApiAction.CreateItem] = [Unauthenticated, Deny, Deny, Allow, Deny, Allow, Allow],
        [ApiAction.ReadOpenItem] = [Unauthenticated, Allow, Allow, Allow, Allow, Allow, Allow],
        [ApiAction.ReadClosedItem] = [Unauthenticated, Deny, Deny, Allow, Deny, Allow, Allow],
        [ApiAction.UpdateItem] = [Unauthenticated, Deny, Deny, Allow, Deny, Allow, Allow],
        [ApiAction.DeleteItem] = [Unauthenticated, Deny, Deny, Allow, Deny, Allow, Allow],
        [ApiAction.ListItems] = [Unauthenticated, Allow, Allow, Allow, Allow, Allow, Allow],
        [ApiAction.ViewMatches] = [Unauthenticated, Deny, Deny, AllowPseudonymised, Deny, Allow, Allow],
        [ApiAction.ManageOrganisations] = [Unauthenticated, Deny, Deny, Deny, Deny, Allow, Allow],
        [ApiAction.RecordDecision] = [Unauthenticated, Deny, Deny, Deny, Deny, Allow, Allow],
        [ApiAction.ReadAudit] = [Unauthenticated, Deny, Deny, Deny, Deny, Allow, Allow],
        [ApiAction.ManageModels] = [Unauthenticated, Deny, Deny, Deny, Deny, Allow, Allow],
        [ApiAction.Import] = [Unauthenticated, Deny, Deny, Deny, Deny, Allow, Allow],
        [ApiAction.ReviewRetention] = [Unauthenticated, Deny, Deny, Deny, Deny, Allow, Allow],
        [ApiAction.CreateAssignment] = [Unauthenticated, Deny, Deny, Deny, Deny, Allow, Allow],

        // Own assignment: the expert it books, or the need's organisation; which move each may make is the workflow's rule.
        [ApiAction.ReadAssignment] = [Unauthenticated, Allow, Deny, Allow, Deny, Allow, Allow],
        [ApiAction.MoveAssignment] = [Unauthenticated, Allow, Deny, Allow, Deny, Allow, Allow],

        // Mission dates are staff's to plan, even on the expert's or the organisation's own assignment.
        [ApiAction.RescheduleAssignment] = [Unauthenticated, Deny, Deny, Deny, Deny, Allow, Allow],

        // Anyone signed in may list; the answer holds only the assignments the caller is a party to.
        [ApiAction.ListAssignments] = [Unauthenticated, Allow, Allow, Allow, Allow, Allow, Allow],
        [ApiAction.ViewProgramme] = [Unauthenticated, Deny, Deny, Deny, Deny, Allow, Allow],
        [ApiAction.PlanAllocation] = [Unauthenticated, Deny, Deny, Deny, Deny, Allow, Allow],

        // Any member may export; the handler keeps to the member's own organisation.
        [ApiAction.ExportRecords] = [Unauthenticated, Deny, Deny, Allow, Allow, Allow, Allow],
        // "I'm interested" is the expert's own word: any expert, nobody on their behalf.
        [ApiAction.ExpressInterest] = [Unauthenticated, Allow, Allow, Deny, Deny, Deny, Deny],
        // Merging or separating profiles touches two people's records: staff only, even for the expert's own profile.
        [ApiAction.ManageDuplicates] = [Unauthenticated, Deny, Deny, Deny, Deny, Allow, Allow],
        // Saved filters belong to the staff lists.
        [ApiAction.ManageSavedFilters] = [Unauthenticated, Deny, Deny, Deny, Deny, Allow, Allow],
    };

    private static readonly (Caller? Caller, Ownership Ownership, string Label)[] Columns =
    [
        (null, Ownership.Other, "anonymous"),
        (new Caller(Role.Expert, "E-1"), Ownership.Own, "expert own"),
        (new Caller(Role.Expert, "E-1"), Ownership.Other, "expert other"),
        (new Caller(Role.Institution, "U-1", "ORG-1"), Ownership.Own, "institution own"),
        (new Caller(Role.Institution, "U-1", "ORG-1"), Ownership.Other, "institution other"),
        (new Caller(Role.Staff, "S-1"), Ownership.Other, "staff"),
        (new Caller(Role.Admin, "A-1"), Ownership.Other, "admin"),
    ];

    public static TheoryData<ApiAction> Actions() => new(Enum.GetValues<ApiAction>());

    [Fact]
    public void Matrix_CoversEveryAction()
    {
        Assert.Equal(Enum.GetValues<ApiAction>().Order(), Expected.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void Decide_EveryRoleAndOwnership_MatchesTheMatrix(ApiAction action)
    {
        var actual = Columns.Select(c => AccessPolicy.Decide(c.Caller, action, c.Ownership)).ToArray();

        Assert.Equal(Expected[action], actual);
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void Decide_NoOwnerForExpertOrInstitution_NeverGrantsOwnersRights(ApiAction action)
    {
        // "None" must never be read as "own": only staff-style or public rights remain.
        Assert.Equal(AccessPolicy.Decide(new Caller(Role.Expert, "E-1"), action, Ownership.Other), AccessPolicy.Decide(new Caller(Role.Expert, "E-1"), action, Ownership.None));
        Assert.Equal(
            AccessPolicy.Decide(new Caller(Role.Institution, "U-1", "ORG-1"), action, Ownership.Other),
            AccessPolicy.Decide(new Caller(Role.Institution, "U-1", "ORG-1"), action, Ownership.None));
    }
}
