using System.Net;
using System.Text;
using System.Text.Json;
using DiasporaMatch.Api;
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
        { "POST", "/api/profiles/E-0001/merge", "{\"from\":\"E-0001\"}", "application/json" },
        { "POST", "/api/profiles/E-0001/merge", "{\"from\":\"E-0001\"}", "text/plain" },
        { "POST", "/api/profiles/E-0001/merge", "{\"from\":\"E-NOBODY\"}", "application/json" },
        { "POST", "/api/profiles/E-0001/distinct", "{\"other\":[\"E-0002\"]}", "application/json" },
        { "POST", "/api/profiles/E-0001/distinct", "{\"other\":\"E-0001\"}", "application/json" },
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

    /// <summary>
    /// Every route that reads a JSON body, with a body whose first field is given twice (mark read, issuing a feed,
    /// saying "I'm interested" in a need or an opportunity, and the one-click unsubscribe, which takes its token in the query, read none).
    /// </summary>
    public static TheoryData<string> JsonBodyRoutes() => new(ApiRouteTable.Routes
        .Where(r => r.Method is "POST" or "PUT" && r.Name is not ("SuggestCvSkills" or "Import" or "TrainModel" or "MarkNotificationRead" or "IssueCalendarFeed" or "ExpressInterest" or "ExpressOpportunityInterest" or "UnsubscribeOneClick"))
        .Select(r => r.Name));

    [Theory]
    [MemberData(nameof(JsonBodyRoutes))]
    public async Task Write_DuplicateKey_Gets400NamingTheKeyAndStoresNothing(string name)
    {
        var route = ApiRouteTable.Routes.Single(r => r.Name == name);
        var assignment = await EnsureAssignmentAsync();
        var path = route.Template.Replace("{id}", route.Template.StartsWith("/api/profiles", StringComparison.Ordinal) ? "E-0001"
            : route.Template.StartsWith("/api/assignments", StringComparison.Ordinal) ? assignment
            : route.Template.StartsWith("/api/needs", StringComparison.Ordinal) ? "N-B1" : "O-B1", StringComparison.Ordinal);
        var before = State();

        var response = await Send(new HttpMethod(route.Method), path, """{"dupe":1,"to":"cancelled","needId":"N-B1","dupe":2}""", change: r => r.Headers.TryAddWithoutValidation("If-Match", "*"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var dupe = problem.GetProperty("fieldErrors").EnumerateArray().Single(e => e.GetProperty("path").GetString() == "dupe");
        Assert.Equal("duplicateField", dupe.GetProperty("code").GetString());
        Assert.Contains("appears more than once", dupe.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, State());
    }

    [Fact]
    public async Task Post_ExpertProfileWithDuplicateKey_Gets400NotA500()
    {
        // An expert's create adds their id to the body, the step that used to throw on a repeated key.
        var request = _host.Request(HttpMethod.Post, "/api/profiles", new Access.Caller(Access.Role.Expert, "E-DUP"),
            new StringContent(LocalHostTests.Profile.Replace("{\"fullName\"", "{\"fullName\":\"X\",\"fullName\"", StringComparison.Ordinal), Encoding.UTF8, "application/json"));

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("fullName", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_DuplicateKeyLine_IsRejectedNamingTheKey()
    {
        var line = RouteNeed("N-B9").Replace("{\"id\"", "{\"title\":\"x\",\"id\"", StringComparison.Ordinal);

        var response = await Send(HttpMethod.Post, "/api/imports?kind=needs", line, "application/x-ndjson");

        response.EnsureSuccessStatusCode();
        var summary = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, summary.GetProperty("rejected").GetInt32());
        Assert.Contains("title", summary.GetProperty("rejections").ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"", HttpStatusCode.BadRequest)]
    [InlineData("W/", HttpStatusCode.BadRequest)]
    [InlineData("W/\"{current}\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"stale\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("*garbage*", HttpStatusCode.BadRequest)]
    [InlineData("\"{current}\" \"x\"", HttpStatusCode.BadRequest)]
    [InlineData(",", HttpStatusCode.PreconditionRequired)]
    public async Task Put_EdgeIfMatch_IsRefusedPerRfc9110AndChangesNothing(string ifMatch, HttpStatusCode expected)
    {
        var current = await CurrentVersionAsync("/api/profiles/E-0001");
        var before = State();

        var response = await Send(HttpMethod.Put, "/api/profiles/E-0001", LocalHostTests.Profile, change: r => r.Headers.TryAddWithoutValidation("If-Match", ifMatch.Replace("{current}", current, StringComparison.Ordinal)));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, State());
    }

    [Theory]
    [InlineData("*")]
    [InlineData("\"{current}\"")]
    [InlineData("\"old\", \"{current}\"")]
    public async Task Put_MatchingIfMatch_Updates(string ifMatch)
    {
        var current = await CurrentVersionAsync("/api/profiles/E-0001");

        var response = await Send(HttpMethod.Put, "/api/profiles/E-0001", LocalHostTests.Profile, change: r => r.Headers.TryAddWithoutValidation("If-Match", ifMatch.Replace("{current}", current, StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("\"\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("W/\"x\"", HttpStatusCode.PreconditionFailed)]
    [InlineData("\"", HttpStatusCode.BadRequest)]
    public async Task Delete_EdgeIfMatch_IsRefusedAndDeletesNothing(string ifMatch, HttpStatusCode expected)
    {
        await EnsureAsync("/api/needs/N-B1", "/api/needs", RouteNeed("N-B1"));
        var before = State();

        var response = await Send(HttpMethod.Delete, "/api/needs/N-B1", change: r => r.Headers.TryAddWithoutValidation("If-Match", ifMatch));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(before, State());
    }

    /// <summary>Every route with an id in its path × every control character before and after a valid id.</summary>
    public static TheoryData<string> IdRoutes() => new(ApiRouteTable.Routes.Where(r => r.Template.Contains("{id}", StringComparison.Ordinal)).Select(r => r.Name));

    [Theory]
    [MemberData(nameof(IdRoutes))]
    public async Task Route_ControlCharacterAroundId_Gets400Or404AndWritesNothing(string name)
    {
        var route = ApiRouteTable.Routes.Single(r => r.Name == name);
        var controls = Enumerable.Range(0, 0x20).Append(0x7F).Select(c => ((char)c).ToString()).ToList();
        var before = State();
        var unexpected = new List<string>();
        foreach (var id in controls.SelectMany(c => new[] { "E-0001" + c, c + "E-0001", "A-EVIL" + c }))
        {
            var body = route.Method == "GET" || route.Method == "DELETE" ? null : route.Name == "SuggestCvSkills" ? "%PDF-1.7" : LocalHostTests.Profile;
            var response = await Send(new HttpMethod(route.Method), route.Template.Replace("{id}", Uri.EscapeDataString(id), StringComparison.Ordinal), body,
                route.Name == "SuggestCvSkills" ? "application/pdf" : "application/json", r => r.Headers.TryAddWithoutValidation("If-Match", "*"));
            if (response.StatusCode is not (HttpStatusCode.BadRequest or HttpStatusCode.NotFound))
            {
                unexpected.Add($"{System.Text.Json.JsonSerializer.Serialize(id)} -> {(int)response.StatusCode}");
            }
        }

        Assert.Empty(unexpected);
        Assert.Equal(before, State());
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(_host.DataFolder, "store"), "*", SearchOption.AllDirectories), f => Path.GetFileName(f).Any(char.IsControl));
    }

    [Theory]
    [InlineData("/api/profiles", "A-EVIL\n")]
    [InlineData("/api/profiles", "\nA-EVIL")]
    [InlineData("/api/needs", "A-EVIL\n")]
    [InlineData("/api/organisations", "A-EVIL\n")]
    [InlineData("/api/assignments", "A-EVIL\n")]
    public async Task Post_ControlCharacterInBodyId_Gets400AndWritesNoFile(string path, string id)
    {
        var json = path switch
        {
            "/api/profiles" => LocalHostTests.Profile.Replace("{\"fullName\"", "{\"id\":" + JsonSerializer.Serialize(id) + ",\"fullName\"", StringComparison.Ordinal),
            "/api/needs" => RouteNeed(id),
            "/api/organisations" => LocalHostTests.Organisation.Replace("\"ORG-CHU\"", JsonSerializer.Serialize(id), StringComparison.Ordinal),
            _ => "{\"id\":" + JsonSerializer.Serialize(id) + ",\"needId\":\"N-B1\",\"expertId\":\"E-0001\",\"from\":\"2027-03-01\",\"to\":\"2027-03-31\"}",
        };
        var before = State();

        var response = await Send(HttpMethod.Post, path, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, State());
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(_host.DataFolder, "store"), "*", SearchOption.AllDirectories), f => Path.GetFileName(f).Any(char.IsControl));
    }

    private static string RouteNeed(string id) =>
        "{\"id\":" + JsonSerializer.Serialize(id) + ",\"organisationId\":\"ORG-CHU\",\"title\":\"Train NICU nurses\",\"country\":\"MA\",\"region\":\"MA-01\",\"sector\":\"health\",\"requiredSkills\":[\"neonatal care\"],\"window\":{\"from\":\"2027-03-01\",\"to\":\"2027-06-30\"},\"onSite\":false}";

    private async Task<string> CurrentVersionAsync(string path)
    {
        var response = await Send(HttpMethod.Get, path);
        response.EnsureSuccessStatusCode();
        return response.Headers.ETag!.Tag.Trim('"');
    }

    private async Task EnsureAsync(string getPath, string postPath, string json)
    {
        var existing = await Send(HttpMethod.Get, getPath);
        if (existing.StatusCode == HttpStatusCode.NotFound)
        {
            (await Send(HttpMethod.Post, postPath, json)).EnsureSuccessStatusCode();
        }
    }

    /// <summary>A need N-B1 and opportunity O-B1 of ORG-CHU, and an open assignment of E-0001 for the need (its id).</summary>
    private async Task<string> EnsureAssignmentAsync()
    {
        await EnsureAsync("/api/needs/N-B1", "/api/needs", RouteNeed("N-B1"));
        await EnsureAsync("/api/opportunities/O-B1", "/api/opportunities", """{"id":"O-B1","organisationId":"ORG-CHU","title":"Olive oil unit","country":"MA","region":"MA-01","sector":"agri-food","amountSoughtEur":150000,"stage":"create"}""");
        await EnsureAsync("/api/assignments/A-B1", "/api/assignments", """{"id":"A-B1","needId":"N-B1","expertId":"E-0001","from":"2027-03-01","to":"2027-03-31"}""");
        return "A-B1";
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
