using System.Text;
using System.Text.Json;
using DiasporaMatch.Decisions;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Ranking.Learning;

/// <summary>One logged pair: the feature vector exactly as it was when a list was served or a decision made.</summary>
public sealed record FeatureLogEntry
{
    public const string Served = "served";
    public const string Decided = "decided";

    /// <summary>A decision on an (investor, opportunity) pair: <see cref="OpportunityId"/> set, <see cref="NeedId"/> empty.</summary>
    public const string InvestDecided = "invest-decided";

    /// <summary>served, decided or invest-decided.</summary>
    public string Event { get; init; } = "";

    public string NeedId { get; init; } = "";

    public string ExpertId { get; init; } = "";

    /// <summary>The opportunity of an invest-decided entry (in <see cref="InvestmentScorer"/> feature order).</summary>
    public string? OpportunityId { get; init; }

    public DateTimeOffset At { get; init; }

    public string? Ranker { get; init; }

    public string? Model { get; init; }

    public int? Rank { get; init; }

    public string? Decision { get; init; }

    public float RetrievalScore { get; init; }

    /// <summary>In <see cref="FeatureSchema"/> order as it stood when logged (a prefix of today's schema).</summary>
    public float[] Features { get; init; } = [];
}

/// <summary>
/// Feature logging: JSONL files in the data folder (<c>featurelogs/served.jsonl</c>, <c>featurelogs/decided.jsonl</c>)
/// appended when a ranked list is served and when a decision is recorded, so training reproduces what staff saw;
/// <c>featurelogs/invest-decided.jsonl</c> holds decisions on investor–opportunity pairs, which the decision
/// record cannot name (<see cref="InvestmentDecision"/>). A served list equal to the one last logged for its
/// need is not logged again: training keeps the latest vector per pair, so a repeat adds nothing but bytes
/// (under load the repeats were tens of MB a second).
/// </summary>
public sealed class FeatureLog(string folder, TimeProvider time)
{
    public const string FolderName = "featurelogs";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    private static readonly string[] Files = [FeatureLogEntry.Served, FeatureLogEntry.Decided, FeatureLogEntry.InvestDecided];

    private readonly ServedLists _served = new();

    public string Folder => folder;

    public Task AppendServedAsync(string needId, string ranker, string? model, IReadOnlyList<MatchResult> results, CancellationToken cancellationToken = default)
    {
        if (!_served.IsNew(needId, ranker, model, results))
        {
            return Task.CompletedTask;
        }

        var at = time.GetUtcNow();
        return AppendAsync(FeatureLogEntry.Served, results.Select(r => new FeatureLogEntry
        {
            Event = FeatureLogEntry.Served,
            NeedId = needId,
            ExpertId = r.ExpertId,
            At = at,
            Ranker = ranker,
            Model = model,
            Rank = r.Rank,
            RetrievalScore = r.RetrievalScore,
            Features = r.Features,
        }), cancellationToken);
    }

    public Task AppendDecisionAsync(Decision decision, CandidatePair pair, CancellationToken cancellationToken = default) =>
        AppendAsync(FeatureLogEntry.Decided, [new FeatureLogEntry
        {
            Event = FeatureLogEntry.Decided,
            NeedId = decision.NeedId,
            ExpertId = decision.ExpertId,
            At = decision.At,
            Decision = decision.Value,
            RetrievalScore = pair.RetrievalScore,
            Features = pair.Features.Values,
        }], cancellationToken);

    public Task AppendInvestmentDecisionsAsync(IEnumerable<(InvestmentDecision Decision, InvestmentPair Pair)> decisions, CancellationToken cancellationToken = default) =>
        AppendAsync(FeatureLogEntry.InvestDecided, decisions.Select(d => new FeatureLogEntry
        {
            Event = FeatureLogEntry.InvestDecided,
            OpportunityId = d.Decision.OpportunityId,
            ExpertId = d.Decision.ExpertId,
            At = d.Decision.At,
            Decision = d.Decision.Value,
            RetrievalScore = d.Pair.RetrievalScore,
            Features = d.Pair.Features,
        }), cancellationToken);

    /// <summary>
    /// Every logged entry, served, decided then invest-decided, each file in write order (an expert's export shows
    /// them all). Appends in this process wait; another process may be appending, so the file is opened to share
    /// writing and a last line still being written (no newline yet) is left for the next read.
    /// </summary>
    public IReadOnlyList<FeatureLogEntry> ReadAll()
    {
        var entries = new List<FeatureLogEntry>();
        Gate.Wait();
        try
        {
            foreach (var name in Files)
            {
                var path = PathOf(name);
                if (!File.Exists(path))
                {
                    continue;
                }

                string text;
                using (var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete)))
                {
                    text = reader.ReadToEnd();
                }

                var complete = text.LastIndexOf('\n') + 1;
                foreach (var line in text[..complete].Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    entries.Add(JsonSerializer.Deserialize<FeatureLogEntry>(line, RecordJson.Options)!);
                }
            }
        }
        finally
        {
            Gate.Release();
        }

        return entries;
    }

    /// <summary>Removes an erased expert from every log, so no future training reads them; returns the entries removed.</summary>
    public async Task<int> EraseAsync(string expertId, CancellationToken cancellationToken = default)
    {
        var removed = 0;
        await Gate.WaitAsync(cancellationToken);
        try
        {
            _served.Clear();
            foreach (var name in Files)
            {
                var path = PathOf(name);
                if (!File.Exists(path))
                {
                    continue;
                }

                var lines = File.ReadLines(path).Where(l => l.Length > 0).ToList();
                var kept = lines.Where(l => JsonSerializer.Deserialize<FeatureLogEntry>(l, RecordJson.Options)!.ExpertId != expertId).ToList();
                removed += lines.Count - kept.Count;
                // Durably: an erasure the caller was told is done must not come back after a crash.
                PrivateFiles.Replace(path, stream =>
                {
                    using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
                    kept.ForEach(writer.WriteLine);
                });
            }
        }
        finally
        {
            Gate.Release();
        }

        return removed;
    }

    private async Task AppendAsync(string name, IEnumerable<FeatureLogEntry> entries, CancellationToken cancellationToken)
    {
        var lines = entries.Select(e => JsonSerializer.Serialize(e, RecordJson.Options)).ToList();
        if (lines.Count == 0)
        {
            return;
        }

        await Gate.WaitAsync(cancellationToken);
        try
        {
            PrivateFiles.CreateFolder(folder);
            await PrivateFiles.AppendAllLinesAsync(PathOf(name), lines, cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    private string PathOf(string name) => Path.Combine(folder, name + ".jsonl");
}
