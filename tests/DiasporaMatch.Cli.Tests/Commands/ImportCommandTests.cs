using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;

namespace DiasporaMatch.Cli.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private const string Good = """{"id":"E-1","fullName":"Nadia El Amrani","countryOfResidence":"NL","languages":[{"code":"fr","level":"C2"}]}""";
    private const string Bad = """{"id":"E-2","fullName":"Karim","countryOfResidence":"ZZ"}""";
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Import_MixedFile_LandsGoodRecordsReportsBadOnesAndExitsOne()
    {
        await File.WriteAllTextAsync(_cli.File("profiles.jsonl"), Good + "\n" + Bad + "\n");

        var (code, _, _) = await _cli.RunAsync("import", _cli.File("profiles.jsonl"), "--report", _cli.File("report.jsonl"));
        var (getCode, profile, _) = await _cli.RunAsync("get", "profiles", "E-1");
        var (missingCode, _, missing) = await _cli.RunAsync("get", "profiles", "E-2");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Equal(ExitCodes.Success, getCode);
        Assert.Equal("Nadia El Amrani", JsonDocument.Parse(profile).RootElement.GetProperty("fullName").GetString());
        Assert.Equal(ExitCodes.InvalidInput, missingCode);
        Assert.Contains("does not exist", missing, StringComparison.Ordinal);
        var report = await File.ReadAllLinesAsync(_cli.File("report.jsonl"));
        var rejected = JsonDocument.Parse(report[0]).RootElement;
        Assert.Equal(2, rejected.GetProperty("line").GetInt32());
        Assert.Equal("countryOfResidence", rejected.GetProperty("errors")[0].GetProperty("path").GetString());
        Assert.Equal(1, JsonDocument.Parse(report[1]).RootElement.GetProperty("summary").GetProperty("created").GetInt32());
    }

    [Fact]
    public async Task Import_AllGoodWithJson_PrintsSummaryThenIndexingAndExitsZero()
    {
        await File.WriteAllTextAsync(_cli.File("people.jsonl"), Good + "\n");

        var (code, output, _) = await _cli.RunAsync("import", _cli.File("people.jsonl"), "--json");

        Assert.Equal(ExitCodes.Success, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var summary = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal("profiles", summary.GetProperty("kind").GetString());
        Assert.Equal(1, summary.GetProperty("created").GetInt32());
        Assert.Equal(1, JsonDocument.Parse(lines[1]).RootElement.GetProperty("indexed").GetInt32());
    }

    [Fact]
    public async Task Import_Returns_RecordsSearchableWithoutCatchUp()
    {
        await File.WriteAllTextAsync(_cli.File("people.jsonl"), Good + "\n" + Good.Replace("E-1", "E-3", StringComparison.Ordinal) + "\n");

        var (code, _, error) = await _cli.RunAsync("import", _cli.File("people.jsonl"));
        await using var workspace = Hosting.Workspace.Open(Path.Combine(_cli.DataFolder, "data"), new Hosting.WorkspaceOptions { ReadOnly = true });
        using var service = await workspace.OpenMatchServiceAsync();
        var lag = await service.Indexer.LagAsync();

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("searchable: 2 records indexed", error, StringComparison.Ordinal);
        Assert.True(lag.Current);
        Assert.Equal(2, service.Indexes.Profiles.Count);
    }

    [Fact]
    public async Task Import_ProbableDuplicates_ReportedInTextAndJson()
    {
        // E-3 is E-1 again with an accent and another email: a close name with agreeing attributes.
        var twin = """{"id":"E-3","fullName":"Nadia El Amraní","countryOfResidence":"NL","languages":[{"code":"fr","level":"C1"}]}""";
        var stranger = """{"id":"E-4","fullName":"Youssef Bennani","countryOfResidence":"BE","languages":[{"code":"nl","level":"C1"}]}""";
        await File.WriteAllTextAsync(_cli.File("first.jsonl"), Good + "\n");
        await File.WriteAllTextAsync(_cli.File("second.jsonl"), twin + "\n" + stranger + "\n");
        await File.WriteAllTextAsync(_cli.File("third.jsonl"), stranger.Replace("E-4", "E-5", StringComparison.Ordinal) + "\n");

        var (firstCode, _, firstError) = await _cli.RunAsync("import", _cli.File("first.jsonl"));
        var (code, _, error) = await _cli.RunAsync("import", _cli.File("second.jsonl"));
        var (jsonCode, output, _) = await _cli.RunAsync("import", _cli.File("third.jsonl"), "--json");

        Assert.Equal(ExitCodes.Success, firstCode);
        Assert.DoesNotContain("probable duplicate", firstError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("probable duplicate: E-3 of E-1 (score ", error, StringComparison.Ordinal);
        Assert.Contains("fullName", error, StringComparison.Ordinal);
        Assert.DoesNotContain("E-4 of", error, StringComparison.Ordinal);
        Assert.Contains("1 probable duplicate(s) created", error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, jsonCode);
        var last = JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]).RootElement.GetProperty("probableDuplicates");
        Assert.Equal(1, last.GetArrayLength());
        Assert.Equal("E-5", last[0].GetProperty("expertId").GetString());
        Assert.Equal("E-4", last[0].GetProperty("duplicateOf").GetString());
    }

    [Fact]
    public async Task Import_ManyProbableDuplicates_ListsTheFirstTwentyAndReportsThemAll()
    {
        // 25 people each imported twice under another id: every second copy is a probable duplicate of the first.
        var people = Enumerable.Range(0, 25).Select(i => (Name: $"Person{(char)('a' + i)} Testname{(char)('a' + i)}", Email: $"p{i}@example.org")).ToList();
        string Line(string id, (string Name, string Email) p) => $$"""{"id":"{{id}}","fullName":"{{p.Name}}","email":"{{p.Email}}","countryOfResidence":"NL","languages":[{"code":"fr","level":"C2"}]}""";
        await File.WriteAllLinesAsync(_cli.File("first.jsonl"), people.Select((p, i) => Line($"E-A{i}", p)));
        await File.WriteAllLinesAsync(_cli.File("again.jsonl"), people.Select((p, i) => Line($"E-B{i}", p)));
        await _cli.RunAsync("import", _cli.File("first.jsonl"));

        var (code, _, error) = await _cli.RunAsync("import", _cli.File("again.jsonl"), "--report", _cli.File("report.jsonl"));

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(20, error.Split('\n').Count(l => l.StartsWith("probable duplicate: ", StringComparison.Ordinal)));
        Assert.Contains("25 probable duplicate(s) created (5 not listed here; all are in the report)", error, StringComparison.Ordinal);
        var reported = (await File.ReadAllLinesAsync(_cli.File("report.jsonl"))).Count(l => l.Contains("\"probableDuplicate\"", StringComparison.Ordinal));
        Assert.Equal(25, reported);
    }

    [Fact]
    public async Task Import_OnlyRejections_IndexesNothing()
    {
        await File.WriteAllTextAsync(_cli.File("bad.jsonl"), Bad + "\n");

        var (code, _, error) = await _cli.RunAsync("import", _cli.File("bad.jsonl"), "--kind", "profiles");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.DoesNotContain("searchable", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_cli.DataFolder, "data", "index")));
    }

    [Fact]
    public async Task Import_MissingFile_ExitsOneWithMessage()
    {
        var (code, _, error) = await _cli.RunAsync("import", _cli.File("nope.jsonl"));

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("nope.jsonl", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnknownExtension_ExitsOne()
    {
        await File.WriteAllTextAsync(_cli.File("profiles.xlsx"), Good);

        var (code, _, error) = await _cli.RunAsync("import", _cli.File("profiles.xlsx"));

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("use .jsonl or .csv", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "x.jsonl", "--kind", "cats")]
    [InlineData("frobnicate")]
    [InlineData("list", "profiles", "--limit", "0")]
    public async Task Run_UsageError_ExitsTwo(params string[] args)
    {
        var (code, _, error) = await _cli.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.NotEmpty(error);
    }

    [Fact]
    public async Task Get_PathTrickId_ExitsOneWithoutTouchingFiles()
    {
        var (code, _, error) = await _cli.RunAsync("get", "profiles", "../../etc/passwd");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("is not a valid id", error, StringComparison.Ordinal);
    }
}
