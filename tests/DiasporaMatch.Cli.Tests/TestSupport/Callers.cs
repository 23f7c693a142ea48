using DiasporaMatch.Access;

namespace DiasporaMatch.Cli.TestSupport;

public static class Callers
{
    public static readonly Caller Staff = new(Role.Staff, "STAFF-1");
    public static readonly Caller Expert = new(Role.Expert, "E-0001");
    public static readonly Caller OtherExpert = new(Role.Expert, "E-0002");
    public static readonly Caller Institution = new(Role.Institution, "U-1", "ORG-CHU");
    public static readonly Caller OtherInstitution = new(Role.Institution, "U-2", "ORG-OTHER");
}
