namespace DiasporaMatch.Cli;

/// <summary>The development sign-in's reach: off, experts and institution members, or staff too. Never admin.</summary>
public enum DevTokenRoles
{
    None,
    Members,
    MembersAndStaff,
}
