using DiasporaMatch.Access;
using DiasporaMatch.Assignments;
using DiasporaMatch.Hosting;
using DiasporaMatch.Records;

namespace DiasporaMatch.TestSupport;

/// <summary>An organisation, needs and experts from the sample records, and assignments walked up to a given state.</summary>
public static class AssignmentSeed
{
    public const string Organisation = "ORG-CHU-TANGER";

    public static readonly Caller Staff = new(Role.Staff, "STAFF-1");

    public static readonly Caller Institution = new(Role.Institution, "U-1", Organisation);

    public static Caller Expert(string id) => new(Role.Expert, id);

    public static string ExpertId(int n) => $"E-{n:D4}";

    /// <summary>The organisation, need <paramref name="needId"/> (window 2027-03-01 to 2027-06-30) and experts E-0001…</summary>
    public static async Task SeedAsync(Workspace workspace, int experts, int positions = 1, string needId = "N-0001")
    {
        await workspace.Records.UpsertAsync(RecordKind.Organisations, Json.Parse(SampleRecords.Organisation));
        var need = SampleRecords.Need
            .Replace("\"N-0001\"", $"\"{needId}\"", StringComparison.Ordinal)
            .Replace("\"positions\": 1", $"\"positions\": {positions}", StringComparison.Ordinal);
        Assert.True((await workspace.Records.UpsertAsync(RecordKind.Needs, Json.Parse(need))).Succeeded);
        for (var n = 1; n <= experts; n++)
        {
            var profile = SampleRecords.Profile.Replace("E-0001", ExpertId(n), StringComparison.Ordinal);
            Assert.True((await workspace.Records.UpsertAsync(RecordKind.Profiles, Json.Parse(profile))).Succeeded);
        }
    }

    /// <summary>Opens an assignment and walks it to <paramref name="state"/> along the happy path, each step by its party.</summary>
    public static async Task<string> WalkAsync(Workspace workspace, string expertId, AssignmentState state, string from = "2027-03-01", string to = "2027-03-30", string needId = "N-0001")
    {
        var service = workspace.Assignments;
        var created = await service.CreateAsync(new AssignmentRequest(needId, expertId, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), Staff);
        Assert.True(created.Succeeded, created.Reason);
        var id = created.Assignment!.Id;
        (AssignmentState To, Caller By, int? Rating)[] path =
        [
            (AssignmentState.Proposed, Staff, null),
            (AssignmentState.Accepted, Expert(expertId), null),
            (AssignmentState.Confirmed, Institution, null),
            (AssignmentState.Approved, Staff, null),
            (AssignmentState.InProgress, Staff, null),
            (AssignmentState.Completed, Staff, 5),
        ];
        foreach (var step in path)
        {
            if ((await service.GetAsync(id)).Assignment!.State == state)
            {
                break;
            }

            var moved = await service.TransitionAsync(id, step.To, null, step.By, step.Rating);
            Assert.True(moved.Succeeded, moved.Reason);
        }

        return id;
    }
}
