using DiasporaMatch.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace DiasporaMatch.Functions.Http;

public sealed class ProfileFunctions(ApiServices api)
{
    [Function(nameof(ListProfiles))]
    public Task<IResult> ListProfiles([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profiles")] HttpRequest req) => api.RunAsync(nameof(ListProfiles), req);

    [Function(nameof(CreateProfile))]
    public Task<IResult> CreateProfile([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profiles")] HttpRequest req) => api.RunAsync(nameof(CreateProfile), req);

    [Function(nameof(GetProfile))]
    public Task<IResult> GetProfile([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profiles/{id}")] HttpRequest req, string id) => api.RunAsync(nameof(GetProfile), req, id);

    [Function(nameof(ProfileDuplicates))]
    public Task<IResult> ProfileDuplicates([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profiles/{id}/duplicates")] HttpRequest req, string id) => api.RunAsync(nameof(ProfileDuplicates), req, id);

    [Function(nameof(MergeProfiles))]
    public Task<IResult> MergeProfiles([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profiles/{id}/merge")] HttpRequest req, string id) => api.RunAsync(nameof(MergeProfiles), req, id);

    [Function(nameof(MarkProfilesDistinct))]
    public Task<IResult> MarkProfilesDistinct([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profiles/{id}/distinct")] HttpRequest req, string id) => api.RunAsync(nameof(MarkProfilesDistinct), req, id);

    [Function(nameof(ReplaceProfile))]
    public Task<IResult> ReplaceProfile([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "profiles/{id}")] HttpRequest req, string id) => api.RunAsync(nameof(ReplaceProfile), req, id);

    [Function(nameof(DeleteProfile))]
    public Task<IResult> DeleteProfile([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "profiles/{id}")] HttpRequest req, string id) => api.RunAsync(nameof(DeleteProfile), req, id);

    [Function(nameof(ExportProfile))]
    public Task<IResult> ExportProfile([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profiles/{id}/export")] HttpRequest req, string id) => api.RunAsync(nameof(ExportProfile), req, id);

    [Function(nameof(ProfileRecommendations))]
    public Task<IResult> ProfileRecommendations([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profiles/{id}/recommendations")] HttpRequest req, string id) => api.RunAsync(nameof(ProfileRecommendations), req, id);

    [Function(nameof(ProfileOpportunities))]
    public Task<IResult> ProfileOpportunities([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "profiles/{id}/opportunities")] HttpRequest req, string id) => api.RunAsync(nameof(ProfileOpportunities), req, id);

    [Function(nameof(SuggestCvSkills))]
    public Task<IResult> SuggestCvSkills([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "profiles/{id}/cv")] HttpRequest req, string id) => api.RunAsync(nameof(SuggestCvSkills), req, id);
}
