using System.Text;
using System.Text.Json.Nodes;
using DiasporaMatch.Profiles;
using DiasporaMatch.Records;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Import;

public sealed class BulkImporterTests : IAsyncLifetime
{
    private readonly TestWorkspace _test = new();
    private readonly List<ImportRejection> _rejections = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _test.DisposeAsync();

    private Task<ImportSummary> Import(string content, ImportFormat format, string? kind = null) =>
        _test.Workspace.Importer.ImportAsync(
            new MemoryStream(Encoding.UTF8.GetBytes(content)),
            format,
            kind,
            r =>
            {
                _rejections.Add(r);
                return Task.CompletedTask;
            });

    private static string ProfileLine(int i, Action<JsonObject>? change = null)
    {
        var node = JsonNode.Parse(SampleRecords.Profile)!.AsObject();
        node["id"] = $"E-{i:D4}";
        change?.Invoke(node);
        return node.ToJsonString();
    }

    private async Task<int> CountAsync(string kind)
    {
        var page = await _test.Workspace.Store.ListAsync(kind, null, 100_000);
        return page.Ids.Count;
    }

    [Fact]
    public async Task ImportAsync_ThousandRecordsWithHundredBad_LandsExactlyTheGoodOnes()
    {
        var lines = Enumerable.Range(1, 1000).Select(i => i % 10 == 0
            ? ProfileLine(i, p => p["languages"]![0]!["level"] = "D1")
            : ProfileLine(i));

        var summary = await Import(string.Join("\n", lines), ImportFormat.JsonLines);

        Assert.Equal((1000L, 900L, 100L), (summary.Records, summary.Accepted, summary.Rejected));
        Assert.Equal(900, await CountAsync(RecordKind.Profiles));
        Assert.Equal(Enumerable.Range(1, 100).Select(i => (long)i * 10), _rejections.Select(r => r.Line).Order());
        Assert.All(_rejections, r => Assert.Equal("languages[0].level", Assert.Single(r.Errors).Path));
        Assert.Null(await _test.Workspace.Store.GetAsync(RecordKind.Profiles, "E-0010"));
    }

    [Fact]
    public async Task ImportAsync_SameIdTwice_LaterLineWinsAsUpdate()
    {
        var first = ProfileLine(1, p => p["headline"] = "first");
        var second = ProfileLine(1, p => p["headline"] = "second");

        var summary = await Import(first + "\n" + second + "\n", ImportFormat.JsonLines);
        var again = await Import(ProfileLine(1, p => p["headline"] = "third"), ImportFormat.JsonLines);

        Assert.Equal((1L, 1L), (summary.Created, summary.Updated));
        Assert.Equal(["E-0001"], summary.CreatedIds);
        Assert.Equal(1L, again.Updated);
        Assert.Empty(again.CreatedIds);
        var stored = RecordTypes.Read<ExpertProfile>((await _test.Workspace.Store.GetAsync(RecordKind.Profiles, "E-0001"))!.Json);
        Assert.Equal("third", stored.Headline);
    }

    [Fact]
    public async Task ImportAsync_MalformedAndNonObjectLines_AreRejectedWithLineNumbers()
    {
        var content = string.Join("\n", ProfileLine(1), "{\"fullName\": ", "[1,2]", "", ProfileLine(2));

        var summary = await Import(content, ImportFormat.JsonLines);

        Assert.Equal(2L, summary.Accepted);
        Assert.Equal([2L, 3L], _rejections.Select(r => r.Line).Order());
    }

    [Fact]
    public async Task ImportAsync_OverlongLine_IsRejectedWithoutBuffering()
    {
        var huge = "{\"fullName\": \"" + new string('x', RecordValidator.MaxRecordBytes + 10) + "\"}";

        var summary = await Import(ProfileLine(1) + "\n" + huge + "\n" + ProfileLine(2), ImportFormat.JsonLines, RecordKind.Profiles);

        Assert.Equal((2L, 1L), (summary.Accepted, summary.Rejected));
        Assert.StartsWith("the line is longer than", Assert.Single(_rejections).Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_Csv_MapsListsLanguagesAndRanges()
    {
        var csv = """
            id,fullName,countryOfResidence,languages,skills,availability,consent.given,consent.version,consent.at,yearsExperience
            E-0001,Nadia El Amrani,NL,fr:C2;ar:native,"neonatal care; former du personnel",2027-03-01/2027-04-15,true,2026-01,2026-11-01T10:00:00Z,12
            E-0002,"Karim, Jr",BE,fr:D9,x,2027-05-01/2027-04-01,yes,2026-01,2026-11-01T10:00:00Z,many
            """;

        var summary = await Import(csv, ImportFormat.Csv);

        Assert.Equal((1L, 1L), (summary.Accepted, summary.Rejected));
        var profile = RecordTypes.Read<ExpertProfile>((await _test.Workspace.Store.GetAsync(RecordKind.Profiles, "E-0001"))!.Json);
        Assert.Equal([new LanguageSkill("fr", "C2"), new LanguageSkill("ar", "native")], profile.Languages);
        Assert.Equal(["neonatal care", "former du personnel"], profile.Skills);
        Assert.Equal(new DateRange(new DateOnly(2027, 3, 1), new DateOnly(2027, 4, 15)), profile.Availability[0]);
        Assert.True(profile.IsMatchable);
        var rejected = Assert.Single(_rejections);
        Assert.Equal(3L, rejected.Line);
        Assert.Equal(["languages[0].level", "availability[0].to", "yearsExperience"], rejected.Errors.Select(e => e.Path));
    }

    /// <summary>
    /// Through the CSV library: a quoted summary over two lines does not shift the line numbers, and a gender outside
    /// the self-declared values is refused on its own line, the others landing with theirs (or none).
    /// </summary>
    [Fact]
    public async Task ImportAsync_CsvGenderAndMultiLineField_BadRowOnItsOwnLine()
    {
        var csv = """
            id,fullName,countryOfResidence,gender,summary,languages,consent.given,consent.version,consent.at
            E-0001,Nadia El Amrani,NL,female,"Trains nurses,
            in Tangier",fr:C2,true,2026-01,2026-11-01T10:00:00Z
            E-0002,Karim Bennani,BE,,,fr:C1,true,2026-01,2026-11-01T10:00:00Z
            E-0003,Sara Idrissi,FR,woman,,fr:C1,true,2026-01,2026-11-01T10:00:00Z
            """;

        var summary = await Import(csv, ImportFormat.Csv);

        Assert.Equal((2L, 1L), (summary.Accepted, summary.Rejected));
        var rejected = Assert.Single(_rejections);
        Assert.Equal(5L, rejected.Line);
        Assert.Equal(["gender"], rejected.Errors.Select(e => e.Path));
        Assert.Equal("female", RecordTypes.Read<ExpertProfile>((await _test.Workspace.Store.GetAsync(RecordKind.Profiles, "E-0001"))!.Json).Gender);
        Assert.Null(RecordTypes.Read<ExpertProfile>((await _test.Workspace.Store.GetAsync(RecordKind.Profiles, "E-0002"))!.Json).Gender);
    }

    [Fact]
    public async Task ImportAsync_CsvUnknownColumn_RefusesTheFileAndStoresNothing()
    {
        var csv = "id,fullName,countryOfResidence,shoeSize\nE-1,A,NL,42\n";

        var error = await Assert.ThrowsAsync<ImportFileException>(() => Import(csv, ImportFormat.Csv, RecordKind.Profiles));

        Assert.Contains("shoeSize", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(RecordKind.Profiles));
    }

    [Fact]
    public async Task ImportAsync_DecisionForUnknownNeed_IsRejected()
    {
        await Import(SampleRecords.Profile.ReplaceLineEndings(" "), ImportFormat.JsonLines);

        var summary = await Import(SampleRecords.Decision.ReplaceLineEndings(" "), ImportFormat.JsonLines);

        Assert.Equal(1L, summary.Rejected);
        Assert.Equal("needId: needs/N-0001 does not exist", Assert.Single(_rejections).Errors[0].ToString());
    }

    [Fact]
    public async Task ImportAsync_NoIdGiven_AssignsOneWithKindPrefix()
    {
        var line = ProfileLine(1, p => p.Remove("id"));

        await Import(line, ImportFormat.JsonLines);

        var id = Assert.Single((await _test.Workspace.Store.ListAsync(RecordKind.Profiles, null, 10)).Ids);
        Assert.StartsWith("E-", id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_StoreRefusesWrites_FailsInsteadOfHanging()
    {
        // A store opened read-only refuses every write: the importer must surface that, not wait on it.
        await using var reader = Hosting.Workspace.Open(_test.Folder, new Hosting.WorkspaceOptions { ReadOnly = true });
        var lines = string.Join("\n", Enumerable.Range(1, 5000).Select(i => ProfileLine(i)));

        await Assert.ThrowsAsync<InvalidOperationException>(() => reader.Importer.ImportAsync(
            new MemoryStream(Encoding.UTF8.GetBytes(lines)), ImportFormat.JsonLines, null, _ => Task.CompletedTask));
    }
}
