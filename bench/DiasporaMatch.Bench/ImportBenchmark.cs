using System.Diagnostics;
using DiasporaMatch.Hosting;
using DiasporaMatch.Import;
using DiasporaMatch.Reference;
using DiasporaMatch.Sample;
using DiasporaMatch.Taxonomy;

namespace DiasporaMatch.Bench;

/// <summary>
/// Bulk import throughput into the file store: N generated profiles (the sample generator over the starter
/// taxonomy) as one JSONL file, imported with durable writes (the default) and without disk syncs.
/// </summary>
internal static class ImportBenchmark
{
    public static async Task RunAsync(int profiles)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dmatch-import-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var vocabulary = SampleVocabulary.From(EscoImporter.Import(DataPaths.StarterTaxonomyFolder).Taxonomy);
            var file = Path.Combine(folder, "profiles.jsonl");
            await using (var writer = new StreamWriter(file))
            {
                foreach (var profile in new SampleGenerator(vocabulary, new SampleOptions()).GenerateProfiles(profiles))
                {
                    await writer.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(profile, Records.RecordJson.Options));
                }
            }

            Console.WriteLine($"import: {profiles:N0} generated profiles, {new FileInfo(file).Length / 1048576.0:N1} MB JSONL, cores {Environment.ProcessorCount}, load {File.ReadAllText("/proc/loadavg").Trim()}");
            foreach (var durable in new[] { true, false })
            {
                await using var workspace = Workspace.Open(Path.Combine(folder, durable ? "durable" : "buffered"), new WorkspaceOptions { FlushToDisk = durable, Seed = 1 });
                await using var input = File.OpenRead(file);
                var clock = Stopwatch.StartNew();
                var summary = await workspace.Importer.ImportAsync(input, ImportFormat.JsonLines, "profiles", _ => Task.CompletedTask);
                clock.Stop();
                Console.WriteLine($"import ({(durable ? "durable: synced to disk" : "buffered: no disk sync")}): {summary.Accepted:N0} accepted, {summary.Rejected:N0} rejected in {clock.Elapsed.TotalSeconds:F1} s = {summary.Accepted / clock.Elapsed.TotalSeconds:N0} profiles/s; peak RSS {Environment.WorkingSet / 1048576.0:N0} MB");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
