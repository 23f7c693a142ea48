using DiasporaMatch.Api;
using DiasporaMatch.Functions.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiasporaMatch.Functions;

/// <summary>The Functions app's services as Program.cs registers them (AddDiasporaMatchFunctions), over a temp data folder (no BlobStore: the file store).</summary>
public sealed class FunctionsFixture : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("dmatch-functions-").FullName;
    private readonly List<AsyncServiceScope> scopes = [];

    public FunctionsFixture()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{ApiOptions.Section}:{nameof(ApiOptions.DataFolder)}"] = folder,
            [$"{ApiOptions.Section}:{nameof(ApiOptions.SigningKey)}"] = "functions-tests-signing-key-0123456789abcdef",
        }).Build();
        Services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddDiasporaMatchFunctions(configuration).BuildServiceProvider();
    }

    public ServiceProvider Services { get; }

    public ApiServices Api => Services.GetRequiredService<ApiServices>();

    /// <summary>A request as the ASP.NET Core integration hands it to a function: a scope of its own (the auth handler is per request), response body captured.</summary>
    public HttpContext NewContext(string? bearer = null)
    {
        var scope = Services.CreateAsyncScope();
        scopes.Add(scope);
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Response.Body = new MemoryStream();
        if (bearer is not null)
        {
            http.Request.Headers.Authorization = $"Bearer {bearer}";
        }

        return http;
    }

    /// <summary>What the host's start-up service does before the functions run: open and catch up the indexes.</summary>
    public Task InitializeAsync() => Api.Startup.OpenAsync();

    public async Task DisposeAsync()
    {
        foreach (var scope in scopes)
        {
            await scope.DisposeAsync();
        }

        await Services.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
