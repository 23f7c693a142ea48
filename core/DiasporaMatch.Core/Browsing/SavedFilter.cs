namespace DiasporaMatch.Browsing;

/// <summary>
/// A staff member's named search of one list (<c>needs</c> or <c>experts</c>): that list's own query parameters
/// (<see cref="BrowseQueryParser.Parameters"/>), kept so one click applies them again.
/// </summary>
public sealed record SavedFilter(string Name, string List, IReadOnlyDictionary<string, string> Query);
