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

        var (status, title) = await TrainWhileHeldAsync(held: host, caller: host);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("Training in progress", title);
    }

    [Fact]
    public async Task Train_WhileAnotherHostInTheProcessTrains_IsNotRefusedForIt()
    {
        await using var training = await ApiHost.StartAsync();
        await using var host = await ApiHost.StartAsync();

        var (status, title) = await TrainWhileHeldAsync(held: training, caller: host);

        // An empty workspace has nothing to learn from: refused for that, not for the other host's run.
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("Not enough decisions", title);
    }

    /// <summary>Asks <paramref name="caller"/> to train while <paramref name="held"/>'s training gate is taken.</summary>
    private static async Task<(HttpStatusCode Status, string? Title)> TrainWhileHeldAsync(ApiHost held, ApiHost caller)
    {
        await held.Api.Training.WaitAsync(Bounded);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/models/train", UriKind.Relative));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", caller.Api.Tokens.Issue(new Caller(Role.Staff, "STAFF-1"), TimeSpan.FromHours(1)));
            using var response = await caller.Client.SendAsync(request);
            return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        }
        finally
        {
            held.Api.Training.Release();
        }
    }
}
