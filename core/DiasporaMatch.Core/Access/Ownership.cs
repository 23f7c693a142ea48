namespace DiasporaMatch.Access;

/// <summary>How the caller relates to the resource: theirs, someone else's, or no owner applies.</summary>
public enum Ownership
{
    Own,
    Other,
    None,
}
