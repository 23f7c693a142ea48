using System.Globalization;
using DiasporaMatch.Assignments;
using DiasporaMatch.Needs;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Programme;

/// <summary>
/// Builds the exports of a period: the indicators (staff only: they span every organisation), the needs whose
/// window overlaps it, and the assignments whose mission dates overlap it. Given an organisation, only its needs
/// and assignments are exported, and never an expert's id (institutions see pseudonyms until an expert accepts).
/// </summary>
public sealed class ProgrammeExports(IDocumentStore store, TimeProvider time)
{
    public async Task<ExportDocument> BuildAsync(ExportKind kind, DateOnly from, DateOnly to, IndicatorBreakdown by, string? organisationId, CancellationToken cancellationToken = default)
    {
        if (kind == ExportKind.Indicators && organisationId is not null)
        {
            throw new ArgumentException("the indicators span every organisation: staff only", nameof(organisationId));
        }

        var parameters = new List<KeyValuePair<string, string>>
        {
            new("export", kind.ToString().ToLowerInvariant()),
            new("from", Day(from)),
            new("to", Day(to)),
        };
        if (kind == ExportKind.Indicators)
        {
            parameters.Add(new("by", IndicatorBreakdowns.Name(by)));
            if (IndicatorBreakdowns.IsAboutPeople(by))
            {
                parameters.Add(new("small groups", $"groups with fewer than {ProgrammeIndicators.SmallGroupMissions} missions pooled as {ProgrammeIndicators.SmallGroups}; needs not counted"));
            }
        }

        parameters.Add(new("organisation", organisationId ?? "all"));
        parameters.Add(new("generated", time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));

        var report = new ProgrammeReport(store, time);
        return kind switch
        {
            ExportKind.Indicators => ExportDocument.Of(kind, parameters, IndicatorColumns, (await report.IndicatorsAsync(from, to, by, cancellationToken)).Select(IndicatorCells)),
            ExportKind.Needs => ExportDocument.Of(kind, parameters, NeedColumns, (await NeedsAsync(cancellationToken))
                .Where(n => (organisationId is null || n.OrganisationId == organisationId) && n.Window is { } w && w.From <= to && w.To >= from)
                .OrderBy(n => n.Id, StringComparer.Ordinal)
                .Select(NeedCells)),
            _ => await AssignmentsAsync(parameters, from, to, organisationId, cancellationToken),
        };
    }

    /// <summary>The indicator table's columns, in <see cref="IndicatorRow"/>'s order.</summary>
    public static readonly IReadOnlyList<string> IndicatorColumns =
    [
        "group", "needsActive", "positionsFilled", "missionsStarted", "missionsCompleted", "missionsCancelled", "personDays",
        "medianDaysToApproval", "p90DaysToApproval", "acceptanceRate", "meanRating",
    ];

    private static readonly IReadOnlyList<string> NeedColumns = ["id", "organisationId", "title", "sector", "region", "status", "from", "to", "positions"];

    private async Task<ExportDocument> AssignmentsAsync(List<KeyValuePair<string, string>> parameters, DateOnly from, DateOnly to, string? organisationId, CancellationToken cancellationToken)
    {
        var needs = (await NeedsAsync(cancellationToken)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var staff = organisationId is null;
        IReadOnlyList<string> columns = staff
            ? ["id", "needId", "organisationId", "sector", "region", "expertId", "from", "to", "state", "rating"]
            : ["id", "needId", "organisationId", "sector", "region", "from", "to", "state", "rating"];
        var rows = (await new AssignmentDirectory(store).AllAsync(cancellationToken))
            .Where(a => (staff || a.OrganisationId == organisationId) && a.From <= to && a.To >= from)
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .Select(a =>
            {
                var need = needs.GetValueOrDefault(a.NeedId);
                var cells = new List<object?> { a.Id, a.NeedId, a.OrganisationId, need?.Sector, need?.Region };
                if (staff)
                {
                    cells.Add(a.ExpertId);
                }

                cells.AddRange([Day(a.From), Day(a.To), AssignmentWorkflow.Name(a.State), a.Ratings.Count == 0 ? null : Math.Round(a.Ratings.Average(r => r.Value), 2)]);
                return (IReadOnlyList<object?>)cells;
            });
        return ExportDocument.Of(ExportKind.Assignments, parameters, columns, rows);
    }

    private async Task<List<Need>> NeedsAsync(CancellationToken cancellationToken)
    {
        var needs = new List<Need>();
        await foreach (var document in store.ScanAsync(RecordKind.Needs, cancellationToken))
        {
            needs.Add(RecordTypes.Read<Need>(document.Json));
        }

        return needs;
    }

    private static IReadOnlyList<object?> IndicatorCells(IndicatorRow row) =>
    [
        row.Key, row.NeedsActive, row.PositionsFilled, row.MissionsStarted, row.MissionsCompleted, row.MissionsCancelled, row.PersonDays,
        row.MedianDaysToApproval, row.P90DaysToApproval, row.AcceptanceRate, row.MeanRating,
    ];

    private static IReadOnlyList<object?> NeedCells(Need need) =>
        [need.Id, need.OrganisationId, need.Title, need.Sector, need.Region, need.Status, Day(need.Window!.From), Day(need.Window.To), need.Positions];

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
