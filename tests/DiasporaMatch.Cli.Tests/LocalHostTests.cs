using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;
using DiasporaMatch.Matching;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace DiasporaMatch.Cli;

/// <summary>End to end over real HTTP on a loopback port: the journey of a profile, a need and a match.</summary>
public sealed class LocalHostTests : IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    internal static StringContent JsonContent(string json) => new(json, Encoding.UTF8, "application/json");

    internal const string Organisation = """{"id":"ORG-CHU","name":"Centre hospitalier de Tanger","type":"health","country":"MA","region":"MA-01"}""";

    internal const string Profile = """
        {"fullName":"Nadia El Amrani","email":"nadia@example.org","countryOfResidence":"NL",
         "languages":[{"code":"fr","level":"C2"},{"code":"nl","level":"C1"}],"occupation":"verpleegkundige neonatologie",
         "skills":["neonatale zorg","training of trainers"],"yearsExperience":12,"sectors":["health"],
         "availability":[{"from":"2027-03-01","to":"2027-04-15"}],"remoteOk":true,
         "consent":{"given":true,"version":"2026-01","at":"2026-11-01T10:00:00Z"}}
        """;

    internal const string Need = """
        {"id":"N-0001","organisationId":"ORG-CHU","title":"Former les infirmières de néonatologie","country":"MA","region":"MA-01",
         "sector":"health","occupation":"infirmière en néonatologie","requiredSkills":["soins néonatals"],
         "requiredLanguages":[{"code":"fr","level":"B2"}],"window":{"from":"2027-03-01","to":"2027-06-30"},"durationDays":30,"onSite":true}
        """;

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Access.Caller? caller, string? json = null, Action<HttpRequestMessage>? change = null)
    {
        var request = _host.Request(method, path, caller, json is null ? null : JsonContent(json));
        change?.Invoke(request);
        return await _host.Client.SendAsync(request);
    }

    [Fact]
    public async Task Matches_ReadersLanguage_ReasonsInFrenchOrArabicWithTheSameCodes()
    {
        await SendAsync(HttpMethod.Post, "/api/organisations", Callers.Staff, Organisation);
        await SendAsync(HttpMethod.Post, "/api/profiles", Callers.Expert, Profile);
        await SendAsync(HttpMethod.Post, "/api/needs", Callers.Institution, Need);

        async Task<JsonElement> FirstAsync(string query, string? acceptLanguage = null) =>
            (await (await SendAsync(HttpMethod.Get, "/api/needs/N-0001/matches" + query, Callers.Staff, change: r =>
            {
                if (acceptLanguage is not null)
                {
                    r.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
                }
            })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results")[0];
        var english = await FirstAsync("");
        var french = await FirstAsync("?lang=fr");
        var arabic = await FirstAsync("", acceptLanguage: "ar-MA, fr;q=0.5");

        static string[] Texts(JsonElement result) => [.. result.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!)];
        static string[] Codes(JsonElement result) => [.. result.GetProperty("reasonCodes").EnumerateArray().Select(r => r.GetProperty("code").GetString()!)];
        Assert.Contains("covers 1 of 1 required skills", Texts(english));
        Assert.Contains("couvre 1 des 1 compétences requises", Texts(french));
        Assert.Contains("يغطي 1 من أصل 1 من المهارات المطلوبة", Texts(arabic));
        Assert.Equal(Codes(english), Codes(french));
        Assert.Equal(Codes(english), Codes(arabic));
        Assert.True(english.GetProperty("eligible").GetBoolean());
        var refused = await SendAsync(HttpMethod.Get, "/api/needs/N-0001/matches?lang=de", Callers.Staff);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("lang", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Journey_ProfileNeedMatchDecision_WorksOverHttp()
    {
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/organisations", Callers.Staff, Organisation)).StatusCode);
        var created = await SendAsync(HttpMethod.Post, "/api/profiles", Callers.Expert, Profile);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/profiles/E-0001", created.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/needs", Callers.Institution, Need)).StatusCode);

        var matches = await (await SendAsync(HttpMethod.Get, "/api/needs/N-0001/matches?top=5", Callers.Staff)).Content.ReadFromJsonAsync<JsonElement>();
        var first = matches.GetProperty("results")[0];
        Assert.Equal("E-0001", first.GetProperty("expertId").GetString());
        Assert.Contains("covers 1 of 1 required skills", first.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));

        var pseudonymous = await (await SendAsync(HttpMethod.Get, "/api/needs/N-0001/matches", Callers.Institution)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("candidate-", pseudonymous.GetProperty("results")[0].GetProperty("expertId").GetString(), StringComparison.Ordinal);

        var decision = """{"needId":"N-0001","expertId":"E-0001","decision":"shortlisted","at":"2026-11-30T09:00:00Z","by":"STAFF-1"}""";
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/decisions", Callers.Staff, decision)).StatusCode);
    }

    [Fact]
    public async Task Telemetry_GetMatches_RecordsAMatchSpanAndLatencyByStage()
    {
        var spans = new LockedCollection<Activity>();
        var metrics = new List<MetricSnapshot>();
        await using var host = await RunningHost.StartAsync(configure: builder =>
        {
            builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
            builder.Services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
        });
        Assert.Equal(HttpStatusCode.Created, (await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/organisations", Callers.Staff, JsonContent(Organisation)))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/profiles", Callers.Expert, JsonContent(Profile)))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await host.Client.SendAsync(host.Request(HttpMethod.Post, "/api/needs", Callers.Institution, JsonContent(Need)))).StatusCode);
        // Our own trace id: every host in this test run reports to process-wide listeners, so spans are told apart by trace.
        var trace = ActivityTraceId.CreateRandom();
        var request = host.Request(HttpMethod.Get, "/api/needs/N-0001/matches?top=5", Callers.Staff);
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");

        using var response = await host.Client.SendAsync(request);
        host.Services.GetRequiredService<MeterProvider>().ForceFlush();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var match = Assert.Single(spans, s => s.TraceId == trace && s.Source.Name == MatchTelemetry.Name);
        Assert.Equal("match", match.OperationName);
        Assert.Equal("N-0001", match.GetTagItem("dmatch.need.id"));
        Assert.Contains(spans, s => s.TraceId == trace && s.Kind == ActivityKind.Server); // the request's own span, its parent
        var stages = metrics.Where(m => m.Name == MatchTelemetry.MatchDuration)
            .SelectMany(m => m.MetricPoints)
            .Where(p => p.GetHistogramCount() > 0)
            .SelectMany(p => Tags(p).Where(t => t.Key == "stage").Select(t => (string)t.Value!))
            .ToHashSet();
        Assert.Equal(["features", "reasons", "retrieve", "score"], stages.Order());
        Assert.Contains(metrics, m => m.Name == "http.server.request.duration"); // request rate, from the ASP.NET Core instrumentation
    }

    private static List<KeyValuePair<string, object?>> Tags(MetricPoint point)
    {
        var tags = new List<KeyValuePair<string, object?>>();
        foreach (var tag in point.Tags)
        {
            tags.Add(tag);
        }

        return tags;
    }

    [Fact]
    public async Task ReplaceProfile_IfMatchRules_AreEnforced()
    {
        await SendAsync(HttpMethod.Post, "/api/profiles", Callers.Expert, Profile);
        var read = await SendAsync(HttpMethod.Get, "/api/profiles/E-0001", Callers.Expert);
        var etag = read.Headers.ETag!.Tag;
        var changed = Profile.Replace("\"yearsExperience\":12", "\"yearsExperience\":13", StringComparison.Ordinal);

        var missing = await SendAsync(HttpMethod.Put, "/api/profiles/E-0001", Callers.Expert, changed);
        var ok = await SendAsync(HttpMethod.Put, "/api/profiles/E-0001", Callers.Expert, changed, r => r.Headers.TryAddWithoutValidation("If-Match", etag));
        var stale = await SendAsync(HttpMethod.Put, "/api/profiles/E-0001", Callers.Expert, Profile, r => r.Headers.TryAddWithoutValidation("If-Match", etag));

        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var now = await (await SendAsync(HttpMethod.Get, "/api/profiles/E-0001", Callers.Staff)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(13, now.GetProperty("yearsExperience").GetInt32());
    }

    [Fact]
    public async Task Access_OtherPeoplesRecords_AreRefused()
    {
        await SendAsync(HttpMethod.Post, "/api/organisations", Callers.Staff, Organisation);
        await SendAsync(HttpMethod.Post, "/api/profiles", Callers.Expert, Profile);

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/api/profiles/E-0001", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, "/api/profiles/E-0001", Callers.OtherExpert)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Post, "/api/needs", Callers.OtherInstitution, Need)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, "/api/profiles/E-0001/export", Callers.Staff)).StatusCode);
        var export = await SendAsync(HttpMethod.Get, "/api/profiles/E-0001/export", Callers.Expert);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var everything = await export.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Nadia El Amrani", everything.GetProperty("profile").GetProperty("fullName").GetString());
        Assert.All(new[] { "decisions", "assignments", "featureLogs", "audit" }, part => Assert.Equal(JsonValueKind.Array, everything.GetProperty(part).ValueKind));
        Assert.NotEqual(0, everything.GetProperty("audit").GetArrayLength()); // the profile's creation
    }

    [Fact]
    public async Task OpenApi_ListsEveryRoute()
    {
        var document = await (await SendAsync(HttpMethod.Get, "/api/openapi.json", null)).Content.ReadFromJsonAsync<JsonElement>();

        var operations = document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(o => o.Value.GetProperty("operationId").GetString()!)).ToHashSet();
        Assert.Equal(Api.ApiRouteTable.Routes.Select(r => r.Name).ToHashSet(), operations);
    }

    [Fact]
    public async Task Train_DecisionsThatTeachNothing_409WithTheReason()
    {
        // Two needs decided one after the other: one for training, one to measure on, and a single shortlisted
        // candidate between them, which no tree can learn an order from (ML.NET failed on it with a 500).
        await SendAsync(HttpMethod.Post, "/api/organisations", Callers.Staff, Organisation);
        var expert = await (await SendAsync(HttpMethod.Post, "/api/profiles", Callers.Expert, Profile)).Content.ReadFromJsonAsync<JsonElement>();
        await SendAsync(HttpMethod.Post, "/api/needs", Callers.Institution, Need);
        await SendAsync(HttpMethod.Post, "/api/needs", Callers.Institution, Need.Replace("N-0001", "N-0002", StringComparison.Ordinal));
        foreach (var (need, at) in new[] { ("N-0001", "2026-11-02T10:00:00Z"), ("N-0002", "2026-11-03T10:00:00Z") })
        {
            var decision = $$"""{"needId":"{{need}}","expertId":"{{expert.GetProperty("id").GetString()}}","decision":"shortlisted","at":"{{at}}","by":"STAFF-01"}""";
            Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/decisions", Callers.Staff, decision)).StatusCode);
        }

        var before = await (await SendAsync(HttpMethod.Get, "/api/models/current", Callers.Staff)).Content.ReadAsStringAsync();
        var trained = await SendAsync(HttpMethod.Post, "/api/models/train", Callers.Staff);
        var problem = await trained.Content.ReadFromJsonAsync<JsonElement>();
        var after = await (await SendAsync(HttpMethod.Get, "/api/models/current", Callers.Staff)).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, trained.StatusCode);
        Assert.StartsWith("nothing to learn from: ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task ImportSampleAndRetrain_OverHttp_RanksWithAModel()
    {
        foreach (var kind in Records.RecordKind.All)
        {
            var body = new StringContent(await File.ReadAllTextAsync(Path.Combine(Reference.DataPaths.SampleFolder, kind + ".jsonl")), Encoding.UTF8, "application/x-ndjson");
            var imported = await _host.Client.SendAsync(_host.Request(HttpMethod.Post, $"/api/imports?kind={kind}", Callers.Staff, body));
            var summary = await imported.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(imported.IsSuccessStatusCode, summary.ToString());
            Assert.Equal(0, summary.GetProperty("rejected").GetInt32());
        }

        var byModel = await (await SendAsync(HttpMethod.Get, "/api/needs/N-0002/matches?ranker=model&top=5", Callers.Staff)).Content.ReadFromJsonAsync<JsonElement>();
        var trained = await SendAsync(HttpMethod.Post, "/api/models/train", Callers.Staff);
        var current = await (await SendAsync(HttpMethod.Get, "/api/models/current", Callers.Staff)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("model", byModel.GetProperty("ranker").GetString());
        Assert.Equal(5, byModel.GetProperty("results").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, trained.StatusCode);
        Assert.True(current.TryGetProperty("version", out _));
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Post, "/api/models/train", Callers.Institution)).StatusCode);
    }
}
