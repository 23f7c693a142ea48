using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiasporaMatch.Matching;

/// <summary>What a <see cref="MatchService"/> is given at construction; none of it changes afterwards.</summary>
public sealed record MatchServiceOptions
{
    /// <summary>Where `model` finds the current learned model; none means `model` falls back to the baseline.</summary>
    public ModelRegistry? Models { get; init; }

    /// <summary>Where served lists are logged with their feature vectors; none logs nothing.</summary>
    public FeatureLog? FeatureLog { get; init; }

    /// <summary>Served lists reused while their inputs are unchanged; none recomputes every request.</summary>
    public MatchCache? Cache { get; init; }

    /// <summary>How a need's candidates are found; both paths give the same hits (tested), the default is the faster.</summary>
    public RetrievalPath Retrieval { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;
}
