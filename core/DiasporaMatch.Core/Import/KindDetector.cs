using DiasporaMatch.Records;

namespace DiasporaMatch.Import;

/// <summary>Guesses a bulk file's record kind from its name, else from the fields of its first record.</summary>
public static class KindDetector
{
    public static string? FromFileName(string fileName)
    {
        var name = Path.GetFileName(fileName).ToLowerInvariant();
        return RecordKind.All.FirstOrDefault(kind => name.StartsWith(kind, StringComparison.Ordinal) || name.StartsWith(kind.TrimEnd('s'), StringComparison.Ordinal));
    }

    public static string? FromFields(IEnumerable<string> fields)
    {
        var set = fields.Select(f => f.Split('.')[0]).ToHashSet(StringComparer.Ordinal);
        if (set.Contains("fullName"))
        {
            return RecordKind.Profiles;
        }

        if (set.Contains("decision") && set.Contains("needId"))
        {
            return RecordKind.Decisions;
        }

        if (set.Contains("organisationId") && (set.Contains("amountSoughtEur") || set.Contains("supportOffered")))
        {
            return RecordKind.Opportunities;
        }

        if (set.Contains("organisationId"))
        {
            return RecordKind.Needs;
        }

        return set.Contains("name") && set.Contains("type") ? RecordKind.Organisations : null;
    }
}
