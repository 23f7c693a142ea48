using DiasporaMatch.Import;
using DiasporaMatch.Matching;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.Records;
using DiasporaMatch.Reference;
using DiasporaMatch.Training;

namespace DiasporaMatch.TestSupport;

/// <summary>
/// The bundled sample imported into a temp workspace, indexed, and its time-split training and holdout groups
/// built once through the real pipeline (the slow part); each test trains into its own model registry.
/// </summary>
public sealed class SampleLearningFixture : IAsyncLifetime
{
    private readonly TestWorkspace _test = new();
    private MatchService _opened = null!;

    /// <summary>The sample's match service without models or a feature log (a view over the opened one's indexes).</summary>
    public MatchService Service { get; private set; } = null!;

    public LearningData Data { get; private set; } = null!;

    /// <summary>The sample's investment decisions, logged once and split by investor, for the investor pipeline.</summary>
    public LearningData InvestmentData { get; private set; } = null!;

    /// <summary>The sample's investment decisions as the generator wrote them.</summary>
    public IReadOnlyList<InvestmentDecision> InvestmentDecisions { get; private set; } = [];

    public TestWorkspace Test => _test;

    public async Task InitializeAsync()
    {
        foreach (var kind in RecordKind.All)
        {
            await using var file = File.OpenRead(Path.Combine(DataPaths.SampleFolder, kind + ".jsonl"));
            await _test.Workspace.Importer.ImportAsync(file, ImportFormat.JsonLines, kind, _ => Task.CompletedTask);
        }

        _opened = await _test.Workspace.OpenMatchServiceAsync();
        Service = _opened.With(_opened.Options with { Models = null, FeatureLog = null });
        Data = await Pipeline(NewRegistry()).PrepareAsync();

        // The investor pipeline reads its decisions from a feature log; the need tests keep running without one.
        InvestmentDecisions = File.ReadLines(Path.Combine(DataPaths.SampleFolder, Sample.SampleWriter.InvestmentDecisionsFile + ".jsonl"))
            .Select(l => System.Text.Json.JsonSerializer.Deserialize<InvestmentDecision>(l, RecordJson.Options)!)
            .ToList();
        using var logging = _opened.With(Service.Options with { FeatureLog = new FeatureLog(Path.Combine(_test.Folder, "investment-log"), _test.Clock) });
        var investments = new InvestmentLearningPipeline(logging, NewRegistry(), _test.Clock);
        await investments.LogDecisionsAsync(InvestmentDecisions);
        InvestmentData = await investments.PrepareAsync();
    }

    public InvestmentLearningPipeline InvestmentPipeline(ModelRegistry registry) => new(Service, registry, _test.Clock);

    /// <summary>An empty registry (no bundled fallback) in a fresh folder under the workspace.</summary>
    public ModelRegistry NewRegistry() => new(Path.Combine(_test.Folder, "models-" + Guid.NewGuid().ToString("N")));

    public LearningPipeline Pipeline(ModelRegistry registry) => new(Service, registry, _test.Clock);

    public async Task DisposeAsync()
    {
        Service.Dispose();
        _opened.Dispose();
        await _test.DisposeAsync();
    }
}

/// <summary>Test classes in this collection share one <see cref="SampleLearningFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SampleLearningCollection : ICollectionFixture<SampleLearningFixture>
{
    public const string Name = "SampleLearning";
}
