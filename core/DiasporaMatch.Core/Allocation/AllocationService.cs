using DiasporaMatch.Assignments;
using DiasporaMatch.Matching;
using DiasporaMatch.Needs;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Allocation;

/// <summary>
/// Builds the allocation problem from the workspace — the chosen open needs with their positions not yet booked,
/// each need's top-K eligible experts from the match service, the experts' bookings — and solves it.
/// </summary>
public sealed class AllocationService(IDocumentStore store, MatchService matches)
{
    public async Task<AllocationReport> PlanAsync(AllocationRequest request, CancellationToken cancellationToken = default)
    {
        var problem = await ProblemAsync(request, cancellationToken);
        return AllocationReport.Of(problem, AllocationSolver.Solve(problem, request.Options), request.Options);
    }

    public async Task<AllocationProblem> ProblemAsync(AllocationRequest request, CancellationToken cancellationToken = default)
    {
        var ledger = new BookingLedger(store);
        var documents = await NeedsAsync(request, cancellationToken);
        var needs = new List<AllocationNeed>();
        var candidates = new List<AllocationCandidate>();
        foreach (var document in documents)
        {
            var need = RecordTypes.Read<Need>(document.Json);
            var booked = (await ledger.ReadAsync(BookingLedger.NeedKind, need.Id, cancellationToken)).Entries.Count;
            needs.Add(new AllocationNeed(need.Id, Math.Max(0, need.Positions - booked), need.Window));
            var ranked = await matches.MatchAsync(document, request.Top, request.Ranker, fresh: false, cancellationToken);
            candidates.AddRange(ranked.Where(r => r.Eligible).Select(r => new AllocationCandidate(need.Id, r.ExpertId, r.Score)));
        }

        var bookings = new List<AllocationBooking>();
        foreach (var expert in candidates.Select(c => c.ExpertId).Distinct(StringComparer.Ordinal))
        {
            var sheet = await ledger.ReadAsync(BookingLedger.ExpertKind, expert, cancellationToken);
            bookings.AddRange(sheet.Entries.Select(e => new AllocationBooking(expert, e.From, e.To)));
        }

        return new AllocationProblem(needs, candidates, bookings);
    }

    private async Task<IReadOnlyList<StoredDocument>> NeedsAsync(AllocationRequest request, CancellationToken cancellationToken)
    {
        if (request.NeedIds.Count > 0)
        {
            var named = new List<StoredDocument>();
            foreach (var id in request.NeedIds.Distinct(StringComparer.Ordinal))
            {
                var document = await store.GetAsync(RecordKind.Needs, id, cancellationToken)
                    ?? throw new AllocationInputException($"needs/{id} does not exist");
                if (RecordTypes.Read<Need>(document.Json).Status != "open")
                {
                    throw new AllocationInputException($"needs/{id} is not open");
                }

                named.Add(document);
            }

            return named;
        }

        var open = new List<StoredDocument>();
        await foreach (var document in store.ScanAsync(RecordKind.Needs, cancellationToken))
        {
            if (RecordTypes.Read<Need>(document.Json) is { Status: "open" } need && InRange(need, request.From, request.To))
            {
                open.Add(document);
            }
        }

        return open;
    }

    private static bool InRange(Need need, DateOnly? from, DateOnly? to) =>
        (from is null && to is null)
        || (need.Window is { } w && (from is null || w.To >= from) && (to is null || w.From <= to));
}
