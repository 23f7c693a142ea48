using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiasporaMatch.Taxonomy;

/// <summary>
/// The snapshot's JSON contract, generated at compile time: reflection-based serialization spent about half a second
/// of a cold command setting itself up before reading an ESCO snapshot.
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
