using DiasporaMatch.Records;
using DiasporaMatch.Reference;

namespace DiasporaMatch.TestSupport;

/// <summary>Shared read-only test data: the bundled reference files and the schemas over them.</summary>
public static class TestData
{
    private static readonly Lazy<ReferenceData> LazyReference = new(() => ReferenceData.Load(DataPaths.ReferenceFolder));

    public static ReferenceData Reference => LazyReference.Value;

    public static RecordSchemas Schemas { get; } = new(Reference);

    public static RecordValidator Validator { get; } = new(Schemas);
}
