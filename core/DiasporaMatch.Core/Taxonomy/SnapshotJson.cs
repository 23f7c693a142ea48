using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiasporaMatch.Taxonomy;

/// <summary>
/// The snapshot's JSON contract, generated at compile time, so a cold command does not first build it by reflection.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(CamelCaseEnumConverter<ConceptKind>), typeof(CamelCaseEnumConverter<SkillRelationType>)])]
[JsonSerializable(typeof(SnapshotDocument))]
internal sealed partial class SnapshotJson : JsonSerializerContext;

/// <summary>Enum values as camel-case names ("essential"), as snapshots have always written them.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase)
    where TEnum : struct, Enum;
