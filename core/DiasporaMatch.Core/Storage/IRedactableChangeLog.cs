namespace DiasporaMatch.Storage;

/// <summary>
/// A store whose change log can forget an id (erasure). Optional: a store without it keeps the id in its
/// log entries, which say only that a record changed, never what it held.
/// </summary>
public interface IRedactableChangeLog
{
    /// <summary>Overwrites the id in every log entry of (<paramref name="kind"/>, <paramref name="id"/>); returns how many.</summary>
    Task<int> RedactChangesAsync(string kind, string id);
}
