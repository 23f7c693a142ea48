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
    ReadAudit,
    ManageModels,
    Import,
    ReviewRetention,
}
