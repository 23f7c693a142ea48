using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiasporaMatch.Taxonomy;

/// <summary>
/// The snapshot's JSON contract, generated at compile time, so a cold command does not first build it by reflection.
/// A null where the document declares a value is refused as malformed, not left to fail later in a rebuild.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(CamelCaseEnumConverter<ConceptKind>), typeof(CamelCaseEnumConverter<SkillRelationType>)])]
[JsonSerializable(typeof(SnapshotDocument))]
internal sealed partial class SnapshotJson : JsonSerializerContext;

/// <summary>Enum values as camel-case names ("essential"), as snapshots have always written them.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase)
    where TEnum : struct, Enum;
