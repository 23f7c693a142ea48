using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using DiasporaMatch.Access;
using DiasporaMatch.Api;
using DiasporaMatch.Cli.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit.Abstractions;

namespace DiasporaMatch.Cli;

/// <summary>
/// Generated requests over every route of the table: methods × routes × ids × If-Match × Content-Type ×
/// Authorization × bodies (valid records, mutated: duplicate keys, deep nesting, wrong types, huge numbers,
/// unicode, truncated, bytes). No answer may be a 5xx, no handler may throw, and every answer carries the security
/// headers. Handlers run in-process (<see cref="InProcessApi"/>); one case in fifty also goes over loopback HTTP
/// through Kestrel. The figures go to TestResults/handler-properties.txt, which test.sh prints.
/// </summary>
public sealed class ApiHandlerPropertyTests(SeededHostFixture fixture, ITestOutputHelper output) : IClassFixture<SeededHostFixture>
{
    private const int Cases = 100_000;
    private const int OverHttpEvery = 50;

    private static readonly IReadOnlyList<ApiRoute> Routes = ApiRouteTable.Routes;

    private static readonly string[] Ids =
    [
        "E-0001", "E-0002", "N-P1", "O-P1", "ORG-CHU", "A-P1", "x", new string('a', 64), new string('a', 65), "..", ".", "-x", "a b", "a/b",
        "A-EVIL\n", "\nA-EVIL", "A\u0000", "A\r", "A\u007F", "A\u001F", "É-1", "🙂", "", "%2e%2e", "A-1.json", "CON", "a\\b",
    ];

    private static readonly string?[] IfMatches = [null, "*", "\"\"", "\"", "W/", "W/\"x\"", "\"stale\"", "*, \"x\"", "\"a\nb\"", "garbage", "\"x\", \"y\"", "\u00FF"];

    private static readonly string?[] ContentTypes =
    [
        null, "application/json", "application/json; charset=utf-8", "application/problem+json", "text/plain", "application/x-ndjson", "text/csv",
        "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "multipart/form-data", "application/json; charset=utf-16", "\u0001",
    ];

    private static readonly string[] Queries =
    [
        "", "top=5", "top=-1", "top=999999999999", "ranker=model", "ranker=%27", "limit=0", "limit=abc", "limit=1000", "cursor=..%2F", "cursor=E-0001",
        "years=0", "years=3", "subject=E-0001", "subject=A%0A", "kind=cats", "kind=profiles", "lang=fr", "lang=%00", "organisationId=ORG-CHU",
        "organisationId=%0A", "needId=N-P1", "expertId=E%0A", "top=5&top=6",
    ];

    private readonly ConcurrentDictionary<int, int> _statuses = new();
    private int _cases;
    private int _overHttp;

    [Fact]
    public async Task Handlers_GeneratedRequests_NeverAnswer5xxNorThrow()
    {
        var host = fixture.Host;
        await SeedAsync(host);
        var api = new InProcessApi(host.Services);
        var authorizations = Authorizations(host);
        var gen =
            from route in Gen.Int[0, Routes.Count - 1]
            from id in Gen.Int[0, Ids.Length - 1]
            from query in Gen.Int[0, Queries.Length - 1]
            from ifMatch in Gen.Int[0, IfMatches.Length - 1]
            from contentType in Gen.Int[0, ContentTypes.Length - 1]
            // Half the cases carry one of the six valid callers, so most requests get past authentication into the handlers.
            from auth in Gen.Int[0, (authorizations.Length * 2) - 1]
            from body in Gen.Int[0, 9]
            from mutation in Gen.Int[0, 12]
            from detail in Gen.Int[0, int.MaxValue]
            select new Case(route, id, query, ifMatch, contentType, auth, body, mutation, detail);

        var clock = Stopwatch.StartNew();
        Exception? failure = null;
        try
        {
            await gen.SampleAsync(
                c => RunAsync(api, host, authorizations, c),
                seed: "0000000000001",
                iter: Cases,
                threads: 2,
                print: c => Describe(c, authorizations));
        }
        catch (Exception ex)
        {
            failure = ex;
        }

        var by4xx = string.Join(", ", _statuses.Where(s => s.Key is >= 400 and < 500).OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value:N0}"));
        var other = string.Join(", ", _statuses.Where(s => s.Key is < 400 or >= 500).OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value:N0}"));
        var line = $"handler properties: {_cases:N0} generated requests ({_overHttp:N0} also over loopback HTTP) in {clock.Elapsed.TotalSeconds:N0} s; " +
            $"4xx: {_statuses.Where(s => s.Key is >= 400 and < 500).Sum(s => s.Value):N0} ({by4xx}); other: {other}; {(failure is null ? "no 5xx, no exception" : "FAILED")}";
        output.WriteLine(line);
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "handler-properties.txt"), line + "\n");

        foreach (var error in fixture.Errors.Entries)
        {
            output.WriteLine(error); // what the server saw behind a 500
        }

        Assert.Null(failure);
        Assert.True(_cases >= Cases, $"only {_cases} cases ran");
        Assert.DoesNotContain(_statuses.Keys, s => s >= 500);
    }

    private async Task RunAsync(InProcessApi api, RunningHost host, string?[] authorizations, Case c)
    {
        var request = Build(c, authorizations);
        var response = await api.SendAsync(request.Route, request.Id, request.Query, request.Headers, new MemoryStream(request.Body));
        Count(response.Status);
        if (response.Status >= 500)
        {
            throw new InvalidOperationException($"{response.Status}: {Encoding.UTF8.GetString(response.Body)}");
        }

        if (response.Headers.ContentSecurityPolicy.Count == 0 || response.Headers.XContentTypeOptions != "nosniff")
        {
            throw new InvalidOperationException("an answer without the security headers");
        }

        if (Interlocked.Increment(ref _cases) % OverHttpEvery == 0 && CanSendOverHttp(request))
        {
            await SendOverHttpAsync(host, request);
        }
    }

    private async Task SendOverHttpAsync(RunningHost host, Request request)
    {
        var path = request.Route.Template.Replace("{id}", Uri.EscapeDataString(request.Id ?? ""), StringComparison.Ordinal) + request.Query.Value;
        using var message = new HttpRequestMessage(new HttpMethod(request.Route.Method), path);
        if (request.Route.Method != "GET")
        {
            message.Content = new ByteArrayContent(request.Body);
        }

        foreach (var (name, value) in request.Headers)
        {
            if (name == "Content-Type")
            {
                message.Content?.Headers.TryAddWithoutValidation(name, value);
            }
            else
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }

        using var response = await host.Client.SendAsync(message);
        Interlocked.Increment(ref _overHttp);
        if ((int)response.StatusCode >= 500)
        {
            throw new InvalidOperationException($"over HTTP: {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        // Kestrel's own refusals (a NUL in the path) come before our pipeline; everything else carries the headers.
        if ((int)response.StatusCode != 400 && !response.Headers.Contains("Content-Security-Policy"))
        {
            throw new InvalidOperationException($"over HTTP: {(int)response.StatusCode} without the security headers");
        }
    }

    private static bool CanSendOverHttp(Request request) =>
        request.Headers.Values.All(v => v.All(ch => ch is >= ' ' and < '\u007F'));

    private void Count(int status) => _statuses.AddOrUpdate(status, 1, (_, n) => n + 1);

    private sealed record Case(int Route, int Id, int Query, int IfMatch, int ContentType, int Auth, int Body, int Mutation, int Detail);

    private sealed record Request(ApiRoute Route, string? Id, QueryString Query, Dictionary<string, string> Headers, byte[] Body);

    private static Request Build(Case c, string?[] authorizations)
    {
        var route = Routes[c.Route];
        var random = new Random(c.Detail);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (IfMatches[c.IfMatch] is { } ifMatch)
        {
            headers["If-Match"] = ifMatch;
        }

        if (ContentTypes[c.ContentType] is { } contentType)
        {
            headers["Content-Type"] = contentType;
        }

        if (authorizations[c.Auth < authorizations.Length ? c.Auth : 1 + (c.Auth % 6)] is { } authorization)
        {
            headers["Authorization"] = authorization;
        }

        var query = Queries[c.Query];
        var body = route.Method == "GET" ? [] : RequestBodies.Mutate(RequestBodies.Base(route.Name, c.Body), c.Mutation, random);
        return new Request(route, route.Template.Contains("{id}", StringComparison.Ordinal) ? Ids[c.Id] : null, query.Length == 0 ? QueryString.Empty : new QueryString("?" + query), headers, body);
    }

    private static string Describe(Case c, string?[] authorizations)
    {
        var r = Build(c, authorizations);
        var body = Encoding.UTF8.GetString(r.Body);
        return $"{r.Route.Method} {r.Route.Template} id={System.Text.Json.JsonSerializer.Serialize(r.Id)} {r.Query} headers={string.Join("; ", r.Headers.Select(h => $"{h.Key}: {(h.Key == "Authorization" ? h.Value[..Math.Min(h.Value.Length, 20)] : h.Value)}"))} body={(body.Length > 300 ? body[..300] + "…" : body)}";
    }

    /// <summary>No token, every caller of the matrix, tokens that must be refused (forged roles, expired, wrong key, garbage).</summary>
    private static string?[] Authorizations(RunningHost host)
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(DevSigningKey.LoadOrCreate(host.DataFolder)));
        string Forged(string role, string? issuer = null, DateTime? expires = null, SecurityKey? signingKey = null) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? new ApiOptions().Issuer,
            Audience = TokenService.Audience,
            Claims = new Dictionary<string, object> { ["sub"] = "STAFF-X", [TokenService.RoleClaim] = role },
            IssuedAt = DateTime.UtcNow.AddHours(-2),
            NotBefore = DateTime.UtcNow.AddHours(-2),
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(signingKey ?? key, SecurityAlgorithms.HmacSha256),
        });

        return
        [
            null,
            "Bearer " + host.Token(Callers.Staff),
            "Bearer " + host.Token(Callers.Expert),
            "Bearer " + host.Token(Callers.OtherExpert),
            "Bearer " + host.Token(Callers.Institution),
            "Bearer " + host.Token(Callers.OtherInstitution),
            "Bearer " + host.Token(new Caller(Role.Admin, "ADMIN-1")),
            "Bearer " + Forged("3"),
            "Bearer " + Forged("ADMIN"),
            "Bearer " + Forged("staff", expires: DateTime.UtcNow.AddHours(-1)),
            "Bearer " + Forged("staff", issuer: "someone-else"),
            "Bearer " + Forged("staff", signingKey: new SymmetricSecurityKey(new byte[48])),
            "Bearer not.a.token",
            "Bearer ",
            "Basic YWRtaW46YWRtaW4=",
            "bearer\u0000x",
        ];
    }

    /// <summary>A need and an opportunity of ORG-CHU and an assignment A-P1 of E-0001 for the need, so ids hit real records.</summary>
    private static async Task SeedAsync(RunningHost host)
    {
        foreach (var (path, json) in new[]
        {
            ("/api/needs", RequestBodies.Need),
            ("/api/opportunities", RequestBodies.Opportunity),
            ("/api/assignments", """{"id":"A-P1","needId":"N-P1","expertId":"E-0001","from":"2027-03-01","to":"2027-03-31"}"""),
        })
        {
            using var response = await host.Client.SendAsync(host.Request(HttpMethod.Post, path, Callers.Staff, new StringContent(json, Encoding.UTF8, "application/json")));
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Valid bodies per route, and the ways a generated request breaks them.</summary>
    private static class RequestBodies
    {
        public const string Need = """{"id":"N-P1","organisationId":"ORG-CHU","title":"Train NICU nurses","country":"MA","region":"MA-01","sector":"health","requiredSkills":["neonatal care"],"window":{"from":"2027-03-01","to":"2027-06-30"},"onSite":false}""";
        public const string Opportunity = """{"id":"O-P1","organisationId":"ORG-CHU","title":"Olive oil unit","country":"MA","region":"MA-01","sector":"agri-food","amountSoughtEur":150000,"stage":"create"}""";

        private static readonly string[] All =
        [
            LocalHostTests.Profile.Replace("{\"fullName\"", "{\"id\":\"E-0001\",\"fullName\"", StringComparison.Ordinal),
            Need,
            Opportunity,
            """{"id":"ORG-P1","name":"Commune de Fès","type":"public","country":"MA","region":"MA-03"}""",
            """{"needId":"N-P1","expertId":"E-0001","decision":"shortlisted","at":"2026-11-30T09:00:00Z","by":"STAFF-1"}""",
            """{"needId":"N-P1","expertId":"E-0001","from":"2027-03-01","to":"2027-03-31"}""",
            """{"to":"cancelled","reason":"generated","rating":4}""",
            """{"from":"2027-03-02","to":"2027-03-20","reason":"generated"}""",
            """{"role":"staff","subject":"S-1"}""",
        ];

        /// <summary>The route's own kind of body most of the time (index 0-5), another kind otherwise.</summary>
        public static string Base(string route, int choice)
        {
            var own = route switch
            {
                "CreateProfile" or "ReplaceProfile" => 0,
                "CreateNeed" or "ReplaceNeed" or "Import" => 1,
                "CreateOpportunity" or "ReplaceOpportunity" => 2,
                "CreateOrganisation" => 3,
                "CreateDecision" => 4,
                "CreateAssignment" => 5,
                "MoveAssignment" => 6,
                "RescheduleAssignment" => 7,
                _ => 8,
            };
            return choice < 6 ? All[own] : All[(own + choice) % All.Length];
        }

        public static byte[] Mutate(string json, int mutation, Random random)
        {
            var node = JsonNode.Parse(json)!.AsObject();
            var names = node.Select(p => p.Key).ToArray();
            var field = names[random.Next(names.Length)];
            switch (mutation)
            {
                case 0:
                    return Encoding.UTF8.GetBytes(json);
                case 1:
                    return Encoding.UTF8.GetBytes("{\"" + field + "\":" + (Value(random)?.ToJsonString() ?? "null") + "," + json[1..]);
                case 2:
                    var depth = random.Next(2, 3000);
                    return Encoding.UTF8.GetBytes(json.Replace("\"" + field + "\":", "\"" + field + "\":" + new string('[', depth) + "1" + new string(']', depth) + ",\"x" + field + "\":", StringComparison.Ordinal));
                case 3:
                    node[field] = Value(random);
                    return Encoding.UTF8.GetBytes(node.ToJsonString());
                case 4:
                    return Encoding.UTF8.GetBytes(json.Replace("\"" + field + "\":", "\"" + field + "\":" + Pick(random, ["1e400", "-1e400", "123456789012345678901234567890", "1e-400", "-0", "9223372036854775808", "0.1e1", "4.9e-324"]) + ",\"y" + field + "\":", StringComparison.Ordinal));
                case 5:
                    node[field] = Pick(random, ["A-EVIL\n", "\u0000", "\uFEFF", "\u202Eevil", "ﷺ", "🙂🙂", "日本語", "\t\r\n", new string('é', random.Next(1, 5000)), "..\\..\\x", "<script>"]);
                    return Encoding.UTF8.GetBytes(node.ToJsonString());
                case 6:
                    return Encoding.UTF8.GetBytes(json[..random.Next(0, json.Length)]);
                case 7:
                    var bytes = new byte[random.Next(0, 2000)];
                    random.NextBytes(bytes);
                    return bytes;
                case 8:
                    var text = Encoding.UTF8.GetBytes(json);
                    var at = json.IndexOf('"', 2);
                    return [.. text[..(at + 1)], 0xC3, 0x28, 0xFF, .. text[(at + 1)..]];
                case 9:
                    return [];
                case 10:
                    node.Remove(field);
                    return Encoding.UTF8.GetBytes(node.ToJsonString());
                case 11:
                    node["id"] = Pick(random, Ids);
                    return Encoding.UTF8.GetBytes(node.ToJsonString());
                default:
                    return Encoding.UTF8.GetBytes(json.Replace("\"" + field + "\"", "\"" + field + "\\u0000\"", StringComparison.Ordinal) + Pick(random, ["", "\n" + json, "garbage", ",", "]"]));
            }
        }

        private static JsonNode? Value(Random random) => random.Next(8) switch
        {
            0 => JsonValue.Create(42.5),
            1 => JsonValue.Create(true),
            2 => new JsonObject { ["x"] = 1 },
            3 => new JsonArray(1, "two", null),
            4 => null,
            5 => JsonValue.Create(long.MaxValue),
            6 => JsonValue.Create(""),
            _ => JsonValue.Create("🙂\u0000"),
        };

        private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
    }
}
