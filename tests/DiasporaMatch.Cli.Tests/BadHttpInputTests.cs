using System.Net;
using System.Text;
using DiasporaMatch.Cli.TestSupport;

namespace DiasporaMatch.Cli;

/// <summary>Hostile and malformed requests get a 4xx problem and change nothing.</summary>
public sealed class BadHttpInputTests(SeededHostFixture fixture) : IClassFixture<SeededHostFixture>
{
    private readonly RunningHost _host = fixture.Host;

    public static TheoryData<string, string, string?, string> Cases => new()
    {
        { "POST", "/api/profiles", "{\"fullName\": ", "application/json" },
        { "POST", "/api/profiles", "[1,2,3]", "application/json" },
        { "POST", "/api/profiles", "{}", "text/plain" },
        { "POST", "/api/profiles", "{\"fullName\":\"A\",\"countryOfResidence\":\"NL\",\"isAdmin\":true}", "application/json" },
        { "POST", "/api/profiles", "{\"id\":\"../../x\",\"fullName\":\"A\",\"countryOfResidence\":\"NL\"}", "application/json" },
        { "POST", "/api/profiles", "{\"fullName\":\"A\\uD800\",\"countryOfResidence\":\"NL\"}", "application/json" },
        { "POST", "/api/profiles", "{\"id\":\"E-0001\",\"fullName\":\"A\",\"countryOfResidence\":\"NL\"}", "application/json" },
        { "POST", "/api/profiles", new string('[', 5000) + new string(']', 5000), "application/json" },
        { "PUT", "/api/profiles/E-0001", LocalHostTests.Profile, "application/json" },
        { "PUT", "/api/profiles/E-9999", LocalHostTests.Profile, "application/json" },
        { "GET", "/api/needs/N-1/matches?top=-1", null, "application/json" },
        { "GET", "/api/needs/N-1/matches?ranker=%27%3Bdrop", null, "application/json" },
        { "GET", "/api/profiles?limit=abc", null, "application/json" },
        { "POST", "/api/imports?kind=cats", "x", "text/csv" },
        { "POST", "/api/imports", "x", "application/pdf" },
        { "DELETE", "/api/needs/..", null, "application/json" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Request_Hostile_Gets4xxProblemAndStoresNothing(string method, string path, string? body, string contentType)
    {
        var before = State();

        var response = await Send(new HttpMethod(method), path, body, contentType, r => r.Headers.TryAddWithoutValidation("If-Match", method == "PUT" ? "\"stale\"" : null));

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, State());
    }

    [Fact]
    public async Task Post_TenMegabyteBody_Gets413AndStoresNothing()
    {
        var before = State();
        var huge = "{\"fullName\":\"" + new string('x', 10 * 1024 * 1024) + "\",\"countryOfResidence\":\"NL\"}";

        var response = await Send(HttpMethod.Post, "/api/profiles", huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, State());
    }

    [Fact]
    public async Task Get_NulByteInPath_IsRefusedByTheServer()
    {
        // Kestrel refuses this before any handler runs, with a bare 400: nothing of ours sees it.
        var response = await Send(HttpMethod.Get, "/api/profiles/a%00b");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, string? body = null, string contentType = "application/json", Action<HttpRequestMessage>? change = null)
    {
        var request = _host.Request(method, path, Callers.Staff, body is null ? null : new StringContent(body, Encoding.UTF8));
        if (request.Content is not null)
        {
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        }

        change?.Invoke(request);
        return await _host.Client.SendAsync(request);
    }

    /// <summary>The store's change log length: any write, even a failed half, would grow it.</summary>
    private long State() => new FileInfo(Path.Combine(_host.DataFolder, "store", "changes.log")).Length;
}
