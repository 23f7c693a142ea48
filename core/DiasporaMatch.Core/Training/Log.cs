using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Training;

/// <summary>The training folder's log messages (source-generated): model versions and metrics only.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Model {Ranks} {Version} promoted: NDCG@10 {CandidateAt10:0.0000} beats the {Reference} ({ReferenceAt10:0.0000}); previous {Previous}")]
    public static partial void Promoted(ILogger logger, string ranks, string version, double candidateAt10, string reference, double referenceAt10, string? previous);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Model {Ranks} {Version} not promoted: NDCG@10 {CandidateAt10:0.0000} does not beat the {Reference} ({ReferenceAt10:0.0000})")]
    public static partial void NotPromoted(ILogger logger, string ranks, string version, double candidateAt10, string reference, double referenceAt10);
}
