namespace DiasporaMatch.Assignments;

/// <summary>How the need's organisation reaches the expert once they accepted: name and contact, as in the profile.</summary>
public sealed record ExpertContact(string Name, string? Email);
