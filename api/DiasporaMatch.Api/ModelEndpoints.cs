using DiasporaMatch.Access;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.Training;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>The ranking model in use, and retraining on demand (staff, admin).</summary>
internal static class ModelEndpoints
{
    public static Task<IResult> CurrentAsync(ApiRequest request)
    {
        if (Guard.Access(request, ApiAction.ManageModels, Ownership.None) is { } denied)
        {
            return Task.FromResult(denied);
        }

        var manifest = CurrentManifest(request);
        return Task.FromResult(manifest is null
            ? Problems.NotFound("a trained model")
            : Results.Json(manifest, Records.RecordJson.Options));
    }

    /// <summary>
    /// The current model's NDCG@1/3/10 per ranker on its holdout, drawn as <c>dmatch eval</c> draws it (PNG), from
    /// the metrics its manifest recorded at promotion: no evaluation runs on the request.
    /// </summary>
    public static Task<IResult> ChartAsync(ApiRequest request)
    {
        if (Guard.Access(request, ApiAction.ManageModels, Ownership.None) is { } denied)
        {
            return Task.FromResult(denied);
        }

        var manifest = CurrentManifest(request);
        if (manifest is null || manifest.Metrics.Count == 0)
        {
            return Task.FromResult(Problems.NotFound("a trained model with metrics"));
        }

        var png = EvalChart.Render([.. manifest.Metrics.Select(m => (m.Key, m.Value))]);
        return Task.FromResult(Results.Bytes(png, "image/png"));
    }

    /// <summary>The manifest of the model in use; null when none was trained (or the service runs without models).</summary>
    private static ModelManifest? CurrentManifest(ApiRequest request)
    {
        var registry = request.Services.Matches.Models;
        return registry?.CurrentVersion() is { } version ? registry.Manifest(version) : null;
    }

    /// <summary>Trains a candidate on the decisions so far and promotes it only if it beats the current model.</summary>
    public static async Task<IResult> TrainAsync(ApiRequest request)
    {
        if (Guard.Access(request, ApiAction.ManageModels, Ownership.None) is { } denied)
        {
            return denied;
        }

        var oneTraining = request.Services.Training;
        if (!await oneTraining.WaitAsync(0, request.Aborted))
        {
            return Problems.Status(StatusCodes.Status409Conflict, "Training in progress", "one training run at a time; try again when it has finished");
        }

        try
        {
            var service = request.Services.Matches;
            var pipeline = new LearningPipeline(service, service.Models ?? request.Services.Workspace.Models, request.Services.Workspace.Time);
            var data = await pipeline.PrepareAsync(cancellationToken: request.Aborted);
            if (data.WhyNotTrainableAndMeasurable() is { } reason)
            {
                return Problems.Status(StatusCodes.Status409Conflict, "Not enough decisions", reason);
            }

            var outcome = pipeline.Train(data);
            return Results.Json(new Contracts.TrainingResult(outcome.Promoted, outcome.Reason, outcome.Candidate, outcome.Current), Records.RecordJson.Options);
        }
        finally
        {
            oneTraining.Release();
        }
    }
}
