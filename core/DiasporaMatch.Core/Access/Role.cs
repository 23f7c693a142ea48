namespace DiasporaMatch.Access;

public enum Role
{
    Expert,
    Institution,
    Staff,
    Admin,
}
