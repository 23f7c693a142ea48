using DiasporaMatch.Assignments;
using DiasporaMatch.Records;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Programme;

/// <summary>What each export holds: the period's records, an organisation's own only, never an expert's id for institutions.</summary>
public sealed class ProgrammeExportsTests : IAsyncLifetime
{
    private const string ArabicTitle = "تكوين الأساتذة";
    private static readonly DateOnly From = new(2027, 1, 1);
    private static readonly DateOnly To = new(2027, 12, 31);
    private readonly TestWorkspace _test = new();

    public async Task InitializeAsync()
    {
        await AssignmentSeed.SeedAsync(_test.Workspace, experts: 2);
        var records = _test.Workspace.Records;
        Assert.True((await records.UpsertAsync(RecordKind.Organisations, Json.Parse("""{"id": "ORG-FES", "name": "Commune de Fès", "type": "public", "country": "MA", "region": "MA-03"}"""))).Succeeded);
        var other = SampleRecords.Need.Replace("N-0001", "N-FES", StringComparison.Ordinal).Replace("ORG-CHU-TANGER", "ORG-FES", StringComparison.Ordinal)
            .Replace("Train NICU nurses", "=HYPERLINK(\\\"http://x.example\\\")", StringComparison.Ordinal);
        Assert.True((await records.UpsertAsync(RecordKind.Needs, Json.Parse(other))).Succeeded);
        var arabic = SampleRecords.Need.Replace("N-0001", "N-AR", StringComparison.Ordinal).Replace("Train NICU nurses", ArabicTitle, StringComparison.Ordinal);
        Assert.True((await records.UpsertAsync(RecordKind.Needs, Json.Parse(arabic))).Succeeded);
        await AssignmentSeed.WalkAsync(_test.Workspace, "E-0001", AssignmentState.Completed);
        await AssignmentSeed.WalkAsync(_test.Workspace, "E-0002", AssignmentState.Proposed, needId: "N-FES");
    }

    public async Task DisposeAsync() => await _test.DisposeAsync();

    [Fact]
    public async Task BuildAsync_NeedsForStaff_EveryNeedNeutralisedAndArabicIntact()
    {
        var export = await Exports().BuildAsync(ExportKind.Needs, From, To, IndicatorBreakdown.Total, organisationId: null);

        Assert.Equal(["N-0001", "N-AR", "N-FES"], export.Rows.Select(r => (string)r[0]!));
        Assert.Equal(["Train NICU nurses", ArabicTitle, "'=HYPERLINK(\"http://x.example\")"], export.Rows.Select(r => (string)r[2]!));
        Assert.Contains(new KeyValuePair<string, string>("organisation", "all"), export.Parameters);
    }

    [Fact]
    public async Task BuildAsync_AssignmentsForAnOrganisation_OnlyItsOwnAndNoExpertId()
    {
        var export = await Exports().BuildAsync(ExportKind.Assignments, From, To, IndicatorBreakdown.Total, AssignmentSeed.Organisation);

        var row = Assert.Single(export.Rows);
        Assert.Equal(("N-0001", "completed", 5.0), ((string)row[1]!, (string)row[7]!, (double)row[8]!));
        Assert.DoesNotContain("expertId", export.Columns);
        Assert.DoesNotContain(export.Rows.SelectMany(r => r), c => c is string s && s.StartsWith("E-", StringComparison.Ordinal));
        Assert.Contains(new KeyValuePair<string, string>("organisation", AssignmentSeed.Organisation), export.Parameters);

        var staff = await Exports().BuildAsync(ExportKind.Assignments, From, To, IndicatorBreakdown.Total, organisationId: null);
        Assert.Equal(["E-0001", "E-0002"], staff.Rows.Select(r => (string)r[5]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task BuildAsync_PeriodBeforeEverything_EmptyTables()
    {
        var export = await Exports().BuildAsync(ExportKind.Assignments, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), IndicatorBreakdown.Total, organisationId: null);

        Assert.Empty(export.Rows);
    }

    [Fact]
    public async Task BuildAsync_IndicatorsBySector_OneRowPerSectorWithTheBreakdownInTheParameters()
    {
        // The seed's moves are dated by the workspace clock (2026-11-30).
        var export = await Exports().BuildAsync(ExportKind.Indicators, new DateOnly(2026, 11, 1), To, IndicatorBreakdown.Sector, organisationId: null);

        Assert.Equal(ProgrammeExports.IndicatorColumns, export.Columns);
        var row = Assert.Single(export.Rows);
        Assert.Equal(("health", 3, 1), ((string)row[0]!, (int)row[1]!, (int)row[2]!));
        Assert.Contains(new KeyValuePair<string, string>("by", "sector"), export.Parameters);
    }

    [Fact]
    public async Task BuildAsync_IndicatorsByGender_PooledAndSaidInTheParametersNoNeedsCounted()
    {
        var export = await Exports().BuildAsync(ExportKind.Indicators, new DateOnly(2026, 11, 1), To, IndicatorBreakdown.Gender, organisationId: null);

        // One mission counted (E-0002's is only proposed): fewer than three, so it is pooled, never a gender row.
        var row = Assert.Single(export.Rows);
        Assert.Equal((ProgrammeIndicators.SmallGroups, null, 1), ((string)row[0]!, row[1], (int)row[4]!));
        Assert.Contains(new KeyValuePair<string, string>("by", "gender"), export.Parameters);
        Assert.Contains(export.Parameters, p => p.Key == "small groups" && p.Value.Contains("fewer than 3 missions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BuildAsync_IndicatorsByCountryOfResidence_TheNameAsInTheRecords()
    {
        var export = await Exports().BuildAsync(ExportKind.Indicators, new DateOnly(2026, 11, 1), To, IndicatorBreakdown.CountryOfResidence, organisationId: null);

        Assert.Contains(new KeyValuePair<string, string>("by", "countryOfResidence"), export.Parameters);
    }

    [Fact]
    public Task BuildAsync_IndicatorsForAnOrganisation_Refused() =>
        Assert.ThrowsAsync<ArgumentException>(() => Exports().BuildAsync(ExportKind.Indicators, From, To, IndicatorBreakdown.Total, AssignmentSeed.Organisation));

    private ProgrammeExports Exports() => new(_test.Workspace.Store, _test.Clock);
}
