using DiasporaMatch.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace DiasporaMatch.Functions.Http;

/// <summary>Staff routes: organisations, decisions, bulk import over HTTP, ranking models.</summary>
public sealed class AdminFunctions(ApiServices api)
{
    [Function(nameof(ListOrganisations))]
    public Task<IResult> ListOrganisations([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organisations")] HttpRequest req) => api.RunAsync(nameof(ListOrganisations), req);

    [Function(nameof(GetOrganisation))]
    public Task<IResult> GetOrganisation([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organisations/{id}")] HttpRequest req, string id) => api.RunAsync(nameof(GetOrganisation), req, id);

    [Function(nameof(CreateOrganisation))]
    public Task<IResult> CreateOrganisation([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organisations")] HttpRequest req) => api.RunAsync(nameof(CreateOrganisation), req);

    [Function(nameof(CreateDecision))]
    public Task<IResult> CreateDecision([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "decisions")] HttpRequest req) => api.RunAsync(nameof(CreateDecision), req);

    [Function(nameof(Import))]
    public Task<IResult> Import([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "imports")] HttpRequest req) => api.RunAsync(nameof(Import), req);

    [Function(nameof(CurrentModel))]
    public Task<IResult> CurrentModel([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "models/current")] HttpRequest req) => api.RunAsync(nameof(CurrentModel), req);

    [Function(nameof(TrainModel))]
    public Task<IResult> TrainModel([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "models/train")] HttpRequest req) => api.RunAsync(nameof(TrainModel), req);

    [Function(nameof(ProgrammeIndicators))]
    public Task<IResult> ProgrammeIndicators([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "programme/indicators")] HttpRequest req) => api.RunAsync(nameof(ProgrammeIndicators), req);

    [Function(nameof(ProgrammeExport))]
    public Task<IResult> ProgrammeExport([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "programme/exports/{kind}")] HttpRequest req) => api.RunAsync(nameof(ProgrammeExport), req);

    [Function(nameof(ProgrammeChart))]
    public Task<IResult> ProgrammeChart([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "programme/charts/{name}")] HttpRequest req) => api.RunAsync(nameof(ProgrammeChart), req);

    [Function(nameof(ProgrammeReportPage))]
    public Task<IResult> ProgrammeReportPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "programme/report.html")] HttpRequest req) => api.RunAsync(nameof(ProgrammeReportPage), req);

    [Function(nameof(PlanAllocation))]
    public Task<IResult> PlanAllocation([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "allocation/plans")] HttpRequest req) => api.RunAsync(nameof(PlanAllocation), req);

    [Function(nameof(ApplyAllocation))]
    public Task<IResult> ApplyAllocation([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "allocation/plans/{id}/apply")] HttpRequest req, string id) => api.RunAsync(nameof(ApplyAllocation), req, id);

    [Function(nameof(ModelChart))]
    public Task<IResult> ModelChart([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "models/current/chart.png")] HttpRequest req) => api.RunAsync(nameof(ModelChart), req);
}
