using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;
using DiasporaMatch.Validation;

namespace DiasporaMatch.Browsing;

/// <summary>
/// Staff members' saved filters, kept on the server so they follow the person from one browser to another. A
/// filter is checked as its list would check it (<see cref="BrowseQueryParser"/>): one saved is one that applies.
/// </summary>
public sealed class SavedFilters(IDocumentStore store)
{
    public const string Kind = "saved-filters";
    public const int MaxFilters = 30;
    public const int MaxNameLength = 60;

    /// <summary>The lists a filter may be saved for, and the record kind each one browses.</summary>
    public static IReadOnlyDictionary<string, string> Lists { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["needs"] = RecordKind.Needs,
        ["experts"] = RecordKind.Profiles,
    };

    /// <summary>The person's document id: a hash, so any subject fits the store's ids and none is written in clear.</summary>
    public static string IdOf(string subject) =>
        "sf-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(subject)))[..40];

    public async Task<IReadOnlyList<SavedFilter>> GetAsync(string subject, CancellationToken cancellationToken = default) =>
        await store.GetAsync(Kind, IdOf(subject), cancellationToken) is { } document
            ? RecordTypes.Read<SavedFilterSet>(document.Json).Filters
            : [];

    /// <summary>Replaces the person's filters, if every one is valid (<see cref="Check"/>); last write wins, as they are one person's.</summary>
    public async Task<IReadOnlyList<FieldError>> SaveAsync(string subject, IReadOnlyList<SavedFilter> filters, CancellationToken cancellationToken = default)
    {
        var errors = Check(filters);
        if (errors.Count > 0)
        {
            return errors;
        }

        await store.PutAsync(Kind, IdOf(subject), JsonSerializer.SerializeToUtf8Bytes(new SavedFilterSet(subject, filters), RecordJson.Options), cancellationToken);
        return [];
    }

    /// <summary>Each problem as a field error under <c>filters[i]</c>: a name (1–60 characters, unique per list), a known list, a query its list accepts.</summary>
    public static IReadOnlyList<FieldError> Check(IReadOnlyList<SavedFilter> filters)
    {
        var errors = new List<FieldError>();
        if (filters.Count > MaxFilters)
        {
            errors.Add(new FieldError("filters", $"at most {MaxFilters} saved filters") { Code = "tooMany", Args = Args(("count", $"{filters.Count}"), ("max", $"{MaxFilters}")) });
        }

        var seen = new HashSet<(string, string)>();
        for (var index = 0; index < filters.Count; index++)
        {
            var (name, list, query) = filters[index];
            var path = $"filters[{index}]";
            if (string.IsNullOrWhiteSpace(name))
            {
                errors.Add(new FieldError($"{path}.name", "must not be empty") { Code = "empty" });
            }
            else if (name.Length > MaxNameLength)
            {
                errors.Add(new FieldError($"{path}.name", $"must be at most {MaxNameLength} characters") { Code = "tooLong", Args = Args(("length", $"{name.Length}"), ("max", $"{MaxNameLength}")) });
            }
            else if (TextChecks.FindControlCharacter(name, multiline: false) is { } bad)
            {
                errors.Add(new FieldError($"{path}.name", bad) { Code = "controlCharacter" });
            }
            else if (!seen.Add((list, name.Trim())))
            {
                errors.Add(new FieldError($"{path}.name", $"another {list} filter has this name"));
            }

            if (!Lists.TryGetValue(list, out var kind))
            {
                errors.Add(new FieldError($"{path}.list", $"must be one of {string.Join(", ", Lists.Keys)}") { Code = "notInList" });
                continue;
            }

            foreach (var key in query.Keys.Where(k => !BrowseQueryParser.Parameters.Contains(k)))
            {
                errors.Add(new FieldError($"{path}.query.{key}", "is not a filter of the list") { Code = "unknownField" });
            }

            var (_, problems) = BrowseQueryParser.Parse(kind, key => query.TryGetValue(key, out var value) ? value : null);
            errors.AddRange(problems.Select(p => p with { Path = $"{path}.query.{p.Path}" }));
        }

        return errors;
    }

    private static Dictionary<string, string> Args(params (string Name, string Value)[] args) => args.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);
}
