namespace DiasporaMatch.Access;

/// <summary>Who is asking: an expert (subject = their profile id), an institution member of one organisation, staff or admin.</summary>
public sealed record Caller(Role Role, string Subject, string? OrganisationId = null)
{
    public bool IsStaff => Role is Role.Staff or Role.Admin;
}
