using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;

namespace DiasporaMatch.Cli;

/// <summary>The list routes searched, filtered, sorted and paged on the server (#18 item 4), over real HTTP.</summary>
public sealed class StaffListRoutesTests : IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartAsync();
        await CreateAsync("/api/organisations", Callers.Staff, LocalHostTests.Organisation);
        await CreateAsync("/api/needs", Callers.Institution, LocalHostTests.Need);
        await CreateAsync("/api/needs", Callers.Institution, """
            {"id":"N-0002","organisationId":"ORG-CHU","title":"Audit énergétique des bâtiments","country":"MA","region":"MA-04",
             "sector":"energy","requiredSkills":["audit énergétique"],"requiredLanguages":[{"code":"ar","level":"B2"}],
             "window":{"from":"2027-09-01","to":"2027-10-31"}}
            """);
        await CreateAsync("/api/needs", Callers.Institution, """
            {"id":"N-0003","organisationId":"ORG-CHU","title":"Accueil des patients","country":"MA","region":"MA-01",
             "sector":"health","requiredSkills":["accueil"],"window":{"from":"2027-01-01","to":"2027-01-31"},"status":"closed"}
            """);
        await CreateAsync("/api/profiles", Callers.Expert, LocalHostTests.Profile);
        await CreateAsync("/api/profiles", Callers.OtherExpert, """
            {"fullName":"Youssef Bennani","countryOfResidence":"FR","languages":[{"code":"ar","level":"native"}],
             "skills":["audit énergétique"],"yearsExperience":20,"sectors":["energy"],"preferredRegions":["MA-04"],
             "availability":[{"from":"2027-09-01","to":"2027-12-31"}],
             "consent":{"given":true,"version":"2026-01","at":"2026-11-01T10:00:00Z"}}
            """);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task CreateAsync(string path, Access.Caller caller, string json)
    {
        using var response = await _host.Client.SendAsync(_host.Request(HttpMethod.Post, path, caller, LocalHostTests.JsonContent(json)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path)
    {
        using var response = await _host.Client.SendAsync(_host.Request(HttpMethod.Get, path, Callers.Staff));
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private async Task<string[]> IdsAsync(string path)
    {
        var (status, body) = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        return [.. body.GetProperty("ids").EnumerateArray().Select(e => e.GetString()!)];
    }

    [Fact]
    public async Task ListNeeds_Filters_OnlyMatchingNeeds()
    {
        Assert.Equal(["N-0001", "N-0002"], await IdsAsync("/api/needs?state=open"));
        Assert.Equal(["N-0002"], await IdsAsync("/api/needs?sector=energy"));
        Assert.Equal(["N-0001", "N-0003"], await IdsAsync("/api/needs?region=MA-01"));
        Assert.Equal(["N-0001"], await IdsAsync("/api/needs?region=MA-01&state=open&language=fr"));
        Assert.Equal(["N-0002"], await IdsAsync("/api/needs?from=2027-08-01&to=2027-09-15"));
        Assert.Empty(await IdsAsync("/api/needs?organisationId=ORG-OTHER&state=open"));
    }

    [Fact]
    public async Task ListNeeds_Text_MatchesWordStartsIgnoringCaseAndAccents()
    {
        Assert.Equal(["N-0002"], await IdsAsync("/api/needs?q=ENERGETIQUE%20batim"));
        Assert.Equal(["N-0001"], await IdsAsync("/api/needs?q=n%C3%A9onat"));
        Assert.Empty(await IdsAsync("/api/needs?q=plomberie"));
    }

    [Fact]
    public async Task ListNeeds_SortAndPaging_WalksTheWholeOrderedList()
    {
        Assert.Equal(["N-0002", "N-0001", "N-0003"], await IdsAsync("/api/needs?sort=-window"));
        Assert.Equal(["N-0003", "N-0002", "N-0001"], await IdsAsync("/api/needs?sort=-id"));

        var (_, first) = await GetAsync("/api/needs?sort=title&limit=2");
        Assert.Equal(["N-0003", "N-0002"], first.GetProperty("ids").EnumerateArray().Select(e => e.GetString()));
        var cursor = first.GetProperty("nextCursor").GetString();
        var (_, second) = await GetAsync($"/api/needs?sort=title&limit=2&cursor={cursor}");
        Assert.Equal(["N-0001"], second.GetProperty("ids").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task ListProfiles_FiltersAndSort_OnlyMatchingExperts()
    {
        Assert.Equal(["E-0002"], await IdsAsync("/api/profiles?sector=energy"));
        Assert.Equal(["E-0002"], await IdsAsync("/api/profiles?region=MA-04&language=ar"));
        Assert.Equal(["E-0001"], await IdsAsync("/api/profiles?from=2027-03-10&to=2027-03-20"));
        Assert.Equal(["E-0001"], await IdsAsync("/api/profiles?q=nadia%20amrani"));
        Assert.Equal(["E-0002", "E-0001"], await IdsAsync("/api/profiles?sort=-experience"));
        Assert.Equal(["E-0002", "E-0001"], await IdsAsync("/api/profiles?state=matchable&sort=-name"));
        Assert.Empty(await IdsAsync("/api/profiles?state=unmatchable"));
    }

    [Theory]
    [InlineData("/api/needs?state=sleeping", "state")]
    [InlineData("/api/needs?sort=colour", "sort")]
    [InlineData("/api/needs?sort=title&cursor=abc", "cursor")]
    [InlineData("/api/needs?from=2027-13-01", "from")]
    [InlineData("/api/needs?from=2027-05-01&to=2027-04-01", "to")]
    [InlineData("/api/needs?sector=../x", "sector")]
    [InlineData("/api/needs?q=a&limit=0", "limit")]
    [InlineData("/api/profiles?organisationId=ORG-CHU", "organisationId")]
    [InlineData("/api/profiles?state=open", "state")]
    [InlineData("/api/profiles?sort=title", "sort")]
    public async Task List_BadSearchParameter_400NamingIt(string path, string parameter)
    {
        var (status, body) = await GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal([parameter], body.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }
}
