namespace DiasporaMatch.Ranking.Learning;

/// <summary>model.json beside each model.zip: what the model is, what it was trained on, and how it measured.</summary>
public sealed record ModelManifest
{
    public string Version { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public const string NeedExperts = "need-experts";
    public const string InvestorOpportunities = "investor-opportunities";

    /// <summary>What the model ranks: experts for a need (the default, and every manifest before this field) or opportunities for an investor.</summary>
    public string Ranks { get; init; } = NeedExperts;

    /// <summary>lightgbm-lambdarank or fasttree-lambdarank.</summary>
    public string Trainer { get; init; } = "";

    public int Seed { get; init; }

    /// <summary>The feature names the model reads, in order: a prefix of <see cref="FeatureSchema.Names"/> (need models) or <see cref="InvestmentScorer.FeatureNames"/> (investor models).</summary>
    public IReadOnlyList<string> Features { get; init; } = [];

    /// <summary>Fingerprint of the training set (<see cref="RankingSet.Fingerprint"/>).</summary>
    public string DataFingerprint { get; init; } = "";

    public int TrainingGroups { get; init; }

    public int TrainingPairs { get; init; }

    /// <summary>Training pairs whose features came from the feature log (the rest were computed at training time).</summary>
    public int LoggedPairs { get; init; }

    public int HoldoutGroups { get; init; }

    public DateTimeOffset Cutoff { get; init; }

    /// <summary>NDCG@1/3/10 on the holdout, by ranker: bm25, baseline, current (when one existed), model.</summary>
    public IReadOnlyDictionary<string, NdcgScores> Metrics { get; init; } = new Dictionary<string, NdcgScores>();

    /// <summary>The model that was current when this one was promoted: where a rollback goes.</summary>
    public string? Previous { get; init; }
}
