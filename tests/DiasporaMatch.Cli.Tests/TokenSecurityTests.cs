using System.Net;
using System.Net.Sockets;
using System.Text;
using DiasporaMatch.Access;
using DiasporaMatch.Api;
using DiasporaMatch.Cli.TestSupport;

namespace DiasporaMatch.Cli;

/// <summary>Erasure revokes the expert's earlier tokens; security headers on every answer; anonymous writes refused before their body is read.</summary>
public sealed class TokenSecurityTests(SeededHostFixture fixture) : IClassFixture<SeededHostFixture>
{
    private readonly RunningHost _host = fixture.Host;

    [Fact]
    public async Task Delete_ErasedExpert_TheirEarlierTokensAreRefusedAndLaterOnesWork()
    {
        var expert = new Caller(Role.Expert, "E-REVOKED");
        var before = _host.Token(expert, new ShiftedTime(TimeSpan.FromSeconds(-5)));
        using (var created = await SendAsync(HttpMethod.Post, "/api/profiles", before, LocalHostTests.Profile))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using (var stillValid = await SendAsync(HttpMethod.Get, "/api/needs", before))
        {
            Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);
        }

        using (var erased = await SendAsync(HttpMethod.Delete, "/api/profiles/E-REVOKED", _host.Token(Callers.Staff)))
        {
            Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        }

        using var refused = await SendAsync(HttpMethod.Get, "/api/needs", before);
        using var refusedWrite = await SendAsync(HttpMethod.Post, "/api/profiles", before, LocalHostTests.Profile);
        using var after = await SendAsync(HttpMethod.Get, "/api/needs", _host.Token(expert, new ShiftedTime(TimeSpan.FromSeconds(2))));
        using var otherExpert = await SendAsync(HttpMethod.Get, "/api/needs", _host.Token(Callers.OtherExpert, new ShiftedTime(TimeSpan.FromSeconds(-5))));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refusedWrite.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherExpert.StatusCode);
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(_host.DataFolder, "store"), "*", SearchOption.AllDirectories), f => f.Contains("E-REVOKED", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("GET", "/api/health", null)]
    [InlineData("GET", "/api/profiles", null)] // 401
    [InlineData("GET", "/api/profiles/E-0001", "staff")]
    [InlineData("GET", "/api/profiles/..", "staff")] // 400
    [InlineData("GET", "/api/nothing-here", null)] // 404 of routing
    [InlineData("GET", "/", null)] // the web UI
    [InlineData("GET", "/js/app.js", null)]
    [InlineData("POST", "/dev/token", null)] // not mapped here: 404
    public async Task Response_Any_CarriesTheSecurityHeaders(string method, string path, string? caller)
    {
        using var response = await SendAsync(new HttpMethod(method), path, caller is null ? null : _host.Token(Callers.Staff));

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public void WebUi_NeedsNothingThePolicyRefuses()
    {
        // The policy allows no inline script or style: the page and its scripts must not need them.
        var web = Path.Combine(AppContext.BaseDirectory, "web");
        var page = File.ReadAllText(Path.Combine(web, "index.html"));
        Assert.Matches("<script type=\"module\" src=\"js/app.js\"></script>", page);
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)", page);
        Assert.DoesNotMatch("<style|\\sstyle=|\\son[a-z]+=|javascript:", page);
        foreach (var script in Directory.EnumerateFiles(Path.Combine(web, "js"), "*.js"))
        {
            var text = File.ReadAllText(script);
            Assert.DoesNotMatch("\\beval\\(|new Function\\(|setAttribute\\(['\"](style|on[a-z]+)['\"]|style=|https?://(?!www\\.w3\\.org/)", text);
        }
    }

    [Theory]
    [InlineData("POST", "/api/profiles")]
    [InlineData("PUT", "/api/profiles/E-0001")]
    [InlineData("POST", "/api/needs")]
    [InlineData("POST", "/api/imports?kind=needs")]
    [InlineData("POST", "/api/profiles/E-0001/cv")]
    [InlineData("POST", "/api/assignments")]
    [InlineData("DELETE", "/api/needs/N-1")]
    public async Task Write_Anonymous_Gets401BeforeTheBodyIsSent(string method, string path)
    {
        // Only the head is sent, announcing 200 KB: a server that read the body first would wait for it and time out.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(_host.Client.BaseAddress!.Host, _host.Client.BaseAddress.Port);
        var stream = tcp.GetStream();
        var head = $"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 200000\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var received = new StringBuilder();
        var buffer = new byte[4096];
        while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            Assert.NotEqual(0, read);
            received.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        Assert.StartsWith("HTTP/1.1 401", received.ToString(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return await _host.Client.SendAsync(request);
    }
}
