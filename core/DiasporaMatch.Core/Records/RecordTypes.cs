using System.Text.Json;
using DiasporaMatch.Decisions;
using DiasporaMatch.Needs;
using DiasporaMatch.Opportunities;
using DiasporaMatch.Organisations;
using DiasporaMatch.Profiles;

namespace DiasporaMatch.Records;

/// <summary>Maps a kind to its record type, so a validated record is stored in one canonical form with its id.</summary>
public static class RecordTypes
{
    public static byte[] Canonicalise(string kind, JsonElement validated, string id) => kind switch
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
