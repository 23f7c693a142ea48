using System.Globalization;
using DiasporaMatch.Needs;
using DiasporaMatch.Profiles;
using DiasporaMatch.Records;
using DiasporaMatch.Validation;

namespace DiasporaMatch.Browsing;

/// <summary>
/// Reads a staff list's query parameters. Every bad one is named in a field error and nothing is listed; the
/// paging cursor of a filtered list is the offset of its next page, so it stays valid while filters stay the same.
/// </summary>
public static class BrowseQueryParser
{
    /// <summary>The parameters that turn a plain list into a search (limit and cursor page both kinds).</summary>
    public static IReadOnlyList<string> Parameters { get; } = ["q", "state", "status", "sector", "region", "organisationId", "from", "to", "language", "sort"];

    public static IReadOnlyList<string> NeedSorts { get; } = ["id", "title", "window", "organisation"];

    public static IReadOnlyList<string> ProfileSorts { get; } = ["id", "name", "experience"];

    public static IReadOnlyList<string> ProfileStates { get; } = ["matchable", "unmatchable"];

    public const int MaxTextLength = 200;

    public static bool IsSearch(Func<string, string?> query) => Parameters.Any(name => query(name) is not null);

    public static (BrowseQuery? Query, IReadOnlyList<FieldError> Errors) Parse(string kind, Func<string, string?> query)
    {
        var errors = new List<FieldError>();
        var needs = kind == RecordKind.Needs;
        if (!needs && query("organisationId") is not null)
        {
            errors.Add(new FieldError("organisationId", "applies to needs only"));
        }

        var text = query("q")?.Trim();
        if (text is { Length: > MaxTextLength })
        {
            errors.Add(new FieldError("q", $"must be at most {MaxTextLength} characters"));
        }

        // A need's state may also be asked as `status`, its field's name; `expired` is computed (NeedLifecycle).
        var stateName = needs && query("state") is null && query("status") is not null ? "status" : "state";
        var state = query(stateName);
        var states = needs ? NeedLifecycle.Shown : ProfileStates;
        if (state is not null && !states.Contains(state))
        {
            errors.Add(new FieldError(stateName, $"must be one of {string.Join(", ", states)}"));
        }
        else if (!needs && query("status") is not null)
        {
            errors.Add(new FieldError("status", "applies to needs only"));
        }

        var sector = Code(query, "sector", errors);
        var region = Code(query, "region", errors);
        var language = Code(query, "language", errors);
        var organisation = query("organisationId");
        if (organisation is not null && needs && TextChecks.CheckId(organisation) is { } badOrganisation)
        {
            errors.Add(new FieldError("organisationId", badOrganisation));
        }

        var from = Date(query, "from", errors);
        var to = Date(query, "to", errors);
        if (from is { } f && to is { } t && t < f)
        {
            errors.Add(new FieldError("to", "must not be before from"));
        }

        var sortText = query("sort") ?? "id";
        var descending = sortText.StartsWith('-');
        var sort = descending ? sortText[1..] : sortText;
        var sorts = needs ? NeedSorts : ProfileSorts;
        if (!sorts.Contains(sort))
        {
            errors.Add(new FieldError("sort", $"must be one of {string.Join(", ", sorts)}, optionally preceded by '-' for descending"));
        }

        var limitText = query("limit");
        var limit = 50;
        if (limitText is not null && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 1000))
        {
            errors.Add(new FieldError("limit", "must be a whole number between 1 and 1000"));
        }

        var cursorText = query("cursor");
        var offset = 0;
        if (cursorText is not null && (!int.TryParse(cursorText, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset < 0))
        {
            errors.Add(new FieldError("cursor", "is not a cursor this API issued"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        DateRange? window = from is null && to is null ? null : new DateRange(from ?? DateOnly.MinValue, to ?? DateOnly.MaxValue);
        return (new BrowseQuery
        {
            Text = string.IsNullOrEmpty(text) ? null : text,
            State = state,
            Sector = sector,
            Region = region,
            OrganisationId = organisation,
            Window = window,
            Language = language,
            Sort = sort,
            Descending = descending,
            Offset = offset,
            Limit = limit,
        }, errors);
    }

    private static string? Code(Func<string, string?> query, string name, List<FieldError> errors)
    {
        var value = query(name);
        if (value is not null && !TextChecks.IsValidId(value))
        {
            errors.Add(new FieldError(name, TextChecks.CheckId(value)!));
        }

        return value;
    }

    private static DateOnly? Date(Func<string, string?> query, string name, List<FieldError> errors)
    {
        var value = query(name);
        if (value is null)
        {
            return null;
        }

        if (TextChecks.CheckDate(value) is null && TextChecks.TryParseDate(value, out var date))
        {
            return date;
        }

        errors.Add(new FieldError(name, TextChecks.CheckDate(value) ?? $"\"{value}\" is not a date (YYYY-MM-DD)"));
        return null;
    }
}
