using System.Text.Json;
using DiasporaMatch.Validation;

namespace DiasporaMatch.Records;

/// <summary>Turns raw JSON into a typed record, or into every reason why it cannot be one.</summary>
public sealed class RecordValidator(RecordSchemas schemas)
{
    public const int MaxRecordBytes = 256 * 1024;

    public ValidationResult Validate(string kind, JsonElement record)
    {
        var result = new ValidationResult();
        schemas.For(kind).Validate(record, "", result);
        return result;
    }

    /// <summary>Parses and validates UTF-8 JSON; the typed record is returned only when there is no error.</summary>
    public ValidationResult Parse<T>(string kind, ReadOnlySpan<byte> utf8, out T? record)
        where T : class
    {
        record = null;
        if (utf8.Length > MaxRecordBytes)
        {
            var tooBig = new ValidationResult();
            tooBig.Add("", $"the record is {utf8.Length:N0} bytes; at most {MaxRecordBytes:N0} are allowed");
            return tooBig;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            var malformed = new ValidationResult();
            malformed.Add("", $"malformed JSON: {ex.Message}");
            return malformed;
        }

        using (document)
        {
            if (JsonDuplicates.Check(document.RootElement) is { } duplicate)
            {
                var repeated = new ValidationResult();
                repeated.Add(duplicate.Path, duplicate.Message);
                return repeated;
            }

            var result = Validate(kind, document.RootElement);
            if (result.IsValid)
            {
                record = RecordTypes.WithoutNullFields(document.RootElement).Deserialize<T>(RecordJson.Options);
            }

            return result;
        }
    }
}
