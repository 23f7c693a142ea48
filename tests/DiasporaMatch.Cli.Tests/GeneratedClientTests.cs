using DiasporaMatch.ApiClient;
using DiasporaMatch.ApiClient.Models;
using DiasporaMatch.Cli.TestSupport;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace DiasporaMatch.Cli;

/// <summary>
/// The C# client Kiota generates from the OpenAPI document (tests/DiasporaMatch.ApiClient) drives a running host:
/// what the document declares is what the API answers.
/// </summary>
public sealed class GeneratedClientTests : IAsyncLifetime
{
    private RunningHost _host = null!;
    private readonly List<HttpClient> _clients = [];

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync();

    public async Task DisposeAsync()
    {
        _clients.ForEach(c => c.Dispose());
        await _host.DisposeAsync();
    }

    private DiasporaMatchClient ClientFor(Access.Caller caller)
    {
        var http = KiotaClientFactory.Create();
        _clients.Add(http);
        var adapter = new HttpClientRequestAdapter(new BearerToken(_host.Token(caller)), httpClient: http) { BaseUrl = _host.Client.BaseAddress!.ToString().TrimEnd('/') };
        return new DiasporaMatchClient(adapter);
    }

    [Fact]
    public async Task Client_CreateReadListUpdateMatchAndNotFound_FollowTheDocument()
    {
        var staff = ClientFor(Callers.Staff);
        var expert = ClientFor(Callers.Expert);
        var institution = ClientFor(Callers.Institution);
        await staff.Api.Organisations.PostAsync(new Organisation { Id = "ORG-CHU", Name = "Centre hospitalier de Tanger", Type = "health", Country = "MA", Region = "MA-01" });

        var created = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
        var receipt = await expert.Api.Profiles.PostAsync(Profile(), c => c.Options.Add(created));
        var read = await expert.Api.Profiles["E-0001"].GetAsync();
        var page = await staff.Api.Profiles.GetAsync(c => c.QueryParameters.Limit = 10);

        Assert.Equal("E-0001", receipt!.Id);
        Assert.Equal("/api/profiles/E-0001", Assert.Single(created.ResponseHeaders["Location"]));
        Assert.Equal("Nadia El Amrani", read!.FullName);
        Assert.Equal(12, read.YearsExperience);
        Assert.Equal(["E-0001"], page!.Ids);

        // An update names the version it read; a stale one is a typed 412 problem.
        var changed = Profile();
        changed.Skills = ["neonatale zorg", "training of trainers", "simulatieonderwijs"];
        var updated = await expert.Api.Profiles["E-0001"].PutAsync(changed, c => c.Headers.Add("If-Match", $"\"{receipt.Version}\""));
        var stale = await Assert.ThrowsAsync<ProblemDetails>(() => expert.Api.Profiles["E-0001"].PutAsync(changed, c => c.Headers.Add("If-Match", $"\"{receipt.Version}\"")));

        Assert.NotEqual(receipt.Version, updated!.Version);
        Assert.Equal(412, stale.ResponseStatusCode);
        Assert.Equal("Stale version", stale.Title);

        await institution.Api.Needs.PostAsync(Need());
        var matches = await staff.Api.Needs["N-0001"].Matches.GetAsync(c => c.QueryParameters.Top = 5);

        Assert.Equal("N-0001", matches!.NeedId);
        Assert.Equal("E-0001", matches.Results![0].ExpertId);
        Assert.Equal(1, matches.Results[0].Rank);

        var missing = await Assert.ThrowsAsync<ProblemDetails>(() => staff.Api.Needs["N-9999"].GetAsync());
        Assert.Equal(404, missing.ResponseStatusCode);
        Assert.Equal(404, missing.Status);
        Assert.Equal("Not found", missing.Title);
    }

    private static ExpertProfile Profile() => new()
    {
        FullName = "Nadia El Amrani",
        Email = "nadia@example.org",
        CountryOfResidence = "NL",
        Languages = [new() { Code = "fr", Level = "C2" }, new() { Code = "nl", Level = "C1" }],
        Occupation = "verpleegkundige neonatologie",
        Skills = ["neonatale zorg", "training of trainers"],
        YearsExperience = 12,
        Sectors = ["health"],
        Availability = [new() { From = new Date(2027, 3, 1), To = new Date(2027, 4, 15) }],
        RemoteOk = true,
        Consent = new() { Given = true, Version = "2026-01", At = new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero) },
    };

    private static Need Need() => new()
    {
        Id = "N-0001",
        OrganisationId = "ORG-CHU",
        Title = "Former les infirmières de néonatologie",
        Country = "MA",
        Region = "MA-01",
        Sector = "health",
        Occupation = "infirmière en néonatologie",
        RequiredSkills = ["soins néonatals"],
        RequiredLanguages = [new() { Code = "fr", Level = "B2" }],
        Window = new() { From = new Date(2027, 3, 1), To = new Date(2027, 6, 30) },
        DurationDays = 30,
        OnSite = true,
    };
}
