namespace DiasporaMatch.Access;

/// <summary>
/// The role names tokens carry, exactly as the token service writes them. Parsing is strict on purpose:
/// Enum.TryParse would also take "ADMIN" or "3" and make a claim nobody issued into an admin.
/// </summary>
public static class RoleNames
{
    public const string Expert = "expert";
    public const string Institution = "institution";
    public const string Staff = "staff";
    public const string Admin = "admin";

    public static string Name(Role role) => role switch
    {
        Role.Expert => Expert,
        Role.Institution => Institution,
        Role.Staff => Staff,
        Role.Admin => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "not a role"),
    };

    /// <summary>True only for one of the four names, in lower case, with nothing around it.</summary>
    public static bool TryParse(string? text, out Role role)
    {
        (var known, role) = text switch
        {
            Expert => (true, Role.Expert),
            Institution => (true, Role.Institution),
            Staff => (true, Role.Staff),
            Admin => (true, Role.Admin),
            _ => (false, default),
        };
        return known;
    }
}
