using DiasporaMatch.Cli.TestSupport;
using DiasporaMatch.Reference;

namespace DiasporaMatch.Cli.Commands;

public sealed class TaxonomyCommandTests : IDisposable
{
    private const string Profile = """{"id":"E-1","fullName":"Nadia El Amrani","countryOfResidence":"NL","skills":["nursing"],"languages":[{"code":"fr","level":"C2"}]}""";
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Import_IntoAnIndexedFolder_ResolvesItsRecordsAgainBeforeReturning()
    {
        await File.WriteAllTextAsync(_cli.File("profiles.jsonl"), Profile + "\n");
        await _cli.RunAsync("import", _cli.File("profiles.jsonl"));

        var (code, _, error) = await _cli.RunAsync("taxonomy", "import", "--esco", AnotherTaxonomy());
        var (again, _, unchanged) = await _cli.RunAsync("taxonomy", "import", "--esco", AnotherTaxonomy());

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("searchable: 1 records resolved again with this taxonomy", error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, again);
        Assert.DoesNotContain("resolved again", unchanged, StringComparison.Ordinal); // the same taxonomy: nothing to redo
    }

    [Fact]
    public async Task Import_WhileAnotherProcessWrites_SaysWhenItsRecordsAreResolved()
    {
        await File.WriteAllTextAsync(_cli.File("profiles.jsonl"), Profile + "\n");
        await _cli.RunAsync("import", _cli.File("profiles.jsonl"));
        await using var server = Hosting.Workspace.Open(Path.Combine(_cli.DataFolder, "data"));

        var (code, _, error) = await _cli.RunAsync("taxonomy", "import", "--esco", AnotherTaxonomy());

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("resolves its records with this taxonomy when it next starts", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_DamagedSnapshot_ExitsOneWithOneLineNamingTheFile()
    {
        await _cli.RunAsync("taxonomy", "import", "--esco", AnotherTaxonomy());
        var snapshot = Path.Combine(_cli.DataFolder, "data", "taxonomy", "taxonomy.json.gz");
        await File.WriteAllTextAsync(snapshot, "garbage");

        var (code, _, error) = await _cli.RunAsync("taxonomy", "resolve", "nurse");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.StartsWith($"dmatch: {snapshot}: not a taxonomy snapshot", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    /// <summary>The starter taxonomy with one label changed: another fingerprint.</summary>
    private string AnotherTaxonomy()
    {
        var folder = _cli.File("esco");
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            foreach (var file in Directory.GetFiles(DataPaths.StarterTaxonomyFolder, "*.csv"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            var occupations = Path.Combine(folder, "occupations_en.csv");
            File.WriteAllText(occupations, File.ReadAllText(occupations).Replace(",specialist nurse,", ",specialist nurse (hospital),", StringComparison.Ordinal));
        }

        return folder;
    }
}
