using System.Text.Json;
using System.Text.Json.Nodes;
using DiasporaMatch.Decisions;
using DiasporaMatch.Needs;
using DiasporaMatch.Opportunities;
using DiasporaMatch.Organisations;
using DiasporaMatch.Profiles;

namespace DiasporaMatch.Records;

/// <summary>Maps a kind to its record type, so a validated record is stored in one canonical form with its id.</summary>
public static class RecordTypes
{
    public static byte[] Canonicalise(string kind, JsonElement validated, string id) => CanonicaliseRecord(kind, WithoutNullFields(validated), id);

    /// <summary>
    /// The schema takes an optional field given as null for an absent one; so must the record types, whose value
    /// fields (a bool, a number) cannot hold null: null fields are dropped before the record is read.
    /// </summary>
    internal static JsonElement WithoutNullFields(JsonElement record)
    {
        var node = JsonSerializer.SerializeToNode(record);
        Strip(node);
        return JsonSerializer.SerializeToElement(node);

        static void Strip(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var name in obj.Where(p => p.Value is null).Select(p => p.Key).ToList())
                    {
                        obj.Remove(name);
                    }

                    foreach (var (_, value) in obj)
                    {
                        Strip(value);
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Strip(item);
                    }

                    break;
            }
        }
    }

    private static byte[] CanonicaliseRecord(string kind, JsonElement validated, string id) => kind switch
    {
        RecordKind.Profiles => Serialize(validated.Deserialize<ExpertProfile>(RecordJson.Options)! with { Id = id }),
        RecordKind.Needs => Serialize(validated.Deserialize<Need>(RecordJson.Options)! with { Id = id }),
        RecordKind.Opportunities => Serialize(validated.Deserialize<Opportunity>(RecordJson.Options)! with { Id = id }),
        RecordKind.Organisations => Serialize(validated.Deserialize<Organisation>(RecordJson.Options)! with { Id = id }),
        RecordKind.Decisions => Serialize(validated.Deserialize<Decision>(RecordJson.Options)! with { Id = id }),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown record kind"),
    };

    public static T Read<T>(ReadOnlyMemory<byte> json) => JsonSerializer.Deserialize<T>(json.Span, RecordJson.Options)!;

    private static byte[] Serialize<T>(T record) => JsonSerializer.SerializeToUtf8Bytes(record, RecordJson.Options);
}
