using DiasporaMatch.Api;
using DiasporaMatch.Training;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Functions.Background;

/// <summary>Nightly at 02:00 UTC: train a candidate ranking model on the decisions so far; promote it only if it beats the current one.</summary>
public sealed partial class RetrainFunction(ApiServices api, ILogger<RetrainFunction> logger)
{
    [Function(nameof(NightlyRetrain))]
    public async Task NightlyRetrain([TimerTrigger("0 0 2 * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var matches = await api.Startup.OpenAsync(cancellationToken);
        var pipeline = new LearningPipeline(matches, matches.Models ?? api.Workspace.Models, api.Workspace.Time);
        var data = await pipeline.PrepareAsync(cancellationToken: cancellationToken);
        if (data.WhyNotTrainableAndMeasurable() is { } reason)
        {
            Skipped(logger, reason, timer.IsPastDue);
            return;
        }

        var outcome = pipeline.Train(data);
        Trained(logger, outcome.Reason, outcome.Current ?? "none");
    }

    [LoggerMessage(LogLevel.Information, "Nightly retrain skipped: {Reason} (late run: {Late})")]
    private static partial void Skipped(ILogger logger, string reason, bool late);

    [LoggerMessage(LogLevel.Information, "Nightly retrain: {Reason}; current model {Current}")]
    private static partial void Trained(ILogger logger, string reason, string current);
}
