using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Api.TestSupport;

namespace DiasporaMatch.Api;

public sealed class ModelEndpointsTests
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Train_WhileThisHostTrains_409TrainingInProgress()
    {
        await using var host = await ApiHost.StartAsync();
        await host.Api.Training.WaitAsync(Bounded);
        try
        {
            using var refused = await TrainAsync(host);

            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal("Training in progress", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        }
        finally
        {
            host.Api.Training.Release();
        }
    }

    [Fact]
    public async Task Train_WhileAnotherHostInTheProcessTrains_IsNotRefusedForIt()
    {
        await using var training = await ApiHost.StartAsync();
        await using var host = await ApiHost.StartAsync();
        await training.Api.Training.WaitAsync(Bounded);
        try
        {
            using var response = await TrainAsync(host);

            // An empty workspace has nothing to learn from: refused for that, not for the other host's run.
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Equal("Not enough decisions", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        }
        finally
        {
            training.Api.Training.Release();
        }
    }

    private static async Task<HttpResponseMessage> TrainAsync(ApiHost host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/models/train", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", host.Api.Tokens.Issue(new Caller(Role.Staff, "STAFF-1"), TimeSpan.FromHours(1)));
        return await host.Client.SendAsync(request);
    }
}
