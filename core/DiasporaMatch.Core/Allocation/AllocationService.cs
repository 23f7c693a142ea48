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
        var basis = new Dictionary<string, string>(StringComparer.Ordinal);
        var problem = await ProblemAsync(request, basis, cancellationToken);
        var report = AllocationReport.Of(problem, AllocationSolver.Solve(problem, request.Options), request.Options);

        // What applying the plan depends on: its needs and their positions, and the planned experts' bookings.
        var rows = report.Plan.Rows;
        var kept = rows.SelectMany(r => new[] { Key(RecordKind.Needs, r.NeedId), Key(BookingLedger.NeedKind, r.NeedId), Key(BookingLedger.ExpertKind, r.ExpertId) })
            .ToHashSet(StringComparer.Ordinal);
        return report with
        {
            Basis = basis.Where(b => kept.Contains(b.Key)).ToDictionary(StringComparer.Ordinal),
            Skews = await SkewsAsync(problem, report.Plan, cancellationToken),
            CapCosts = CapCosts(problem, report, request.Options),
        };
    }

    /// <summary>The plan's quality and concentration with no cap, at most 2 and at most 1 row per expert (caps the pins cannot keep are left out).</summary>
    public static IReadOnlyList<CapCost> CapCosts(AllocationProblem problem, AllocationReport report, AllocationOptions options)
    {
        var pool = problem.Candidates.Select(c => c.ExpertId).Distinct(StringComparer.Ordinal).ToList();
        var plans = new List<(int? Cap, AllocationPlan Plan)>();
        foreach (var cap in new int?[] { null, 2, 1 })
        {
            try
            {
                plans.Add((cap, cap == options.MaxPerExpert ? report.Plan : AllocationSolver.Solve(problem, options with { MaxPerExpert = cap })));
            }
            catch (AllocationInputException)
            {
                // The pins need more rows per expert than this cap allows: there is no such plan to compare.
            }
        }

        var uncapped = plans.FirstOrDefault(p => p.Cap is null).Plan?.Quality ?? 0;
        return plans.Select(p => new CapCost(p.Cap, p.Plan.Quality, uncapped == 0 ? 1 : Math.Round((double)p.Plan.Quality / uncapped, 4), Math.Round(Exposure.Gini(p.Plan, pool), 4), Math.Round(Exposure.Coverage(p.Plan, pool), 4))).ToList();
    }

    /// <summary>skew@k of country of residence and self-declared gender, the plan against the experts in its candidate graph.</summary>
    private async Task<IReadOnlyList<SkewRange>> SkewsAsync(AllocationProblem problem, AllocationPlan plan, CancellationToken cancellationToken)
    {
        var pool = problem.Candidates.Select(c => c.ExpertId).Distinct(StringComparer.Ordinal).ToList();
        var country = new Dictionary<string, string>(StringComparer.Ordinal);
        var gender = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var expert in pool)
        {
            if (await store.GetAsync(RecordKind.Profiles, expert, cancellationToken) is { } document)
            {
                var profile = RecordTypes.Read<Profiles.ExpertProfile>(document.Json);
                country[expert] = profile.CountryOfResidence;
                if (profile.Gender is { } declared)
                {
                    gender[expert] = declared;
                }
            }
        }

        return new[] { Exposure.Skew("countryOfResidence", plan, pool, country), Exposure.Skew("gender", plan, pool, gender) }.OfType<SkewRange>().ToList();
    }

    public Task<AllocationProblem> ProblemAsync(AllocationRequest request, CancellationToken cancellationToken = default) =>
        ProblemAsync(request, new Dictionary<string, string>(StringComparer.Ordinal), cancellationToken);

    /// <summary>The key of a document in a plan's basis.</summary>
    public static string Key(string kind, string id) => $"{kind}/{id}";

    /// <summary>The version of a document as a plan's basis records it (documents that do not exist have one too).</summary>
    public static string VersionOf(StoredDocument? document) => document?.Version ?? "absent";

    private async Task<AllocationProblem> ProblemAsync(AllocationRequest request, Dictionary<string, string> basis, CancellationToken cancellationToken)
    {
        var documents = await NeedsAsync(request, cancellationToken);
        var needs = new List<AllocationNeed>();
        var candidates = new List<AllocationCandidate>();
        foreach (var document in documents)
        {
            var need = RecordTypes.Read<Need>(document.Json);
            basis[Key(RecordKind.Needs, need.Id)] = document.Version;
            var positions = await store.GetAsync(BookingLedger.NeedKind, need.Id, cancellationToken);
            basis[Key(BookingLedger.NeedKind, need.Id)] = VersionOf(positions);
            var booked = positions is null ? 0 : RecordTypes.Read<BookingSheet>(positions.Json).Entries.Count;
            needs.Add(new AllocationNeed(need.Id, Math.Max(0, need.Positions - booked), need.Window));
            var ranked = await matches.MatchAsync(document, request.Top, request.Ranker, fresh: false, cancellationToken);
            candidates.AddRange(ranked.Where(r => r.Eligible).Select(r => new AllocationCandidate(need.Id, r.ExpertId, r.Score)));
        }

        var bookings = new List<AllocationBooking>();
        foreach (var expert in candidates.Select(c => c.ExpertId).Distinct(StringComparer.Ordinal))
        {
            var stored = await store.GetAsync(BookingLedger.ExpertKind, expert, cancellationToken);
            basis[Key(BookingLedger.ExpertKind, expert)] = VersionOf(stored);
            var sheet = stored is null ? new BookingSheet(expert, []) : RecordTypes.Read<BookingSheet>(stored.Json);
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
