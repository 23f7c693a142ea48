namespace DiasporaMatch.Access;

/// <summary>Everything the API lets someone do; each route maps to exactly one action.</summary>
public enum ApiAction
{
    ReadPublic,
    CreateProfile,
    ReadProfile,
    UpdateProfile,
    DeleteProfile,
    ExportProfile,
    ListProfiles,
    RecommendForProfile,
    CreateItem,
    ReadOpenItem,
    ReadClosedItem,
    UpdateItem,
    DeleteItem,
    ListItems,
    ViewMatches,
    ManageOrganisations,
    RecordDecision,
    CreateAssignment,
    ReadAssignment,
    MoveAssignment,

    /// <summary>Move a mission's dates within its need's window (staff: they plan the missions).</summary>
    RescheduleAssignment,

    /// <summary>Lists assignments; the answer holds only those the caller is a party to (staff: all).</summary>
    ListAssignments,
    ReadAudit,
    ManageModels,

    /// <summary>Plan experts onto many needs at once (staff).</summary>
    PlanAllocation,
    Import,
    ReviewRetention,

    /// <summary>The programme dashboard: counts across every organisation, so staff only.</summary>
    ViewProgramme,

    /// <summary>Export needs and assignments of a period: staff all, an institution its own (the handler filters), experts none.</summary>
    ExportRecords,
    /// <summary>"I'm interested" in an open need: an expert's own word, so experts only (not even staff on their behalf).</summary>
    ExpressInterest,

    /// <summary>Read and replace one's own saved filters of the staff lists (staff: they have those lists).</summary>
    ManageSavedFilters,

    /// <summary>Merge two expert profiles, or mark them as different people (staff): it reads and changes two people's records.</summary>
    ManageDuplicates,
}
