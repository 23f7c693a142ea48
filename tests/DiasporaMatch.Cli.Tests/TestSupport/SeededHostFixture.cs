using System.Text;
using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Cli.TestSupport;

/// <summary>One running host per test class, holding an organisation and the expert E-0001.</summary>
public sealed class SeededHostFixture : IAsyncLifetime
{
    public RunningHost Host { get; private set; } = null!;

    /// <summary>What the host logged as errors (a 500's exception).</summary>
    public ErrorLogs Errors { get; } = new();

    public async Task InitializeAsync()
    {
        Host = await RunningHost.StartAsync(configure: builder => builder.Logging.AddProvider(Errors));
        await PostAsync("/api/organisations", LocalHostTests.Organisation);
        await PostAsync("/api/profiles", LocalHostTests.Profile.Replace("{\"fullName\"", "{\"id\":\"E-0001\",\"fullName\"", StringComparison.Ordinal));
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    private async Task PostAsync(string path, string json)
    {
        var response = await Host.Client.SendAsync(Host.Request(HttpMethod.Post, path, Callers.Staff, new StringContent(json, Encoding.UTF8, "application/json")));
        response.EnsureSuccessStatusCode();
    }
}
