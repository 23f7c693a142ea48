using System.Net;
using System.Text;
using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;

namespace DiasporaMatch.Cli;

/// <summary>
/// The web UI's development sign-in (<c>POST /dev/token</c>): mapped only in development mode, for a loopback Host,
/// as application/json, and staff only when the server was started with staff tokens; admin never.
/// </summary>
public sealed class DevTokenTests : IAsyncLifetime
{
    private RunningHost _members = null!;

    public async Task InitializeAsync() => _members = await RunningHost.StartAsync(new LocalHostOptions { DevTokens = DevTokenRoles.Members });

    public async Task DisposeAsync() => await _members.DisposeAsync();

    [Theory]
    [InlineData(null)] // the address the client connected to: 127.0.0.1:port
    [InlineData("localhost")]
    [InlineData("LOCALHOST:7071")]
    [InlineData("127.0.0.1:1")]
    [InlineData("[::1]")]
    [InlineData("[::1]:7071")]
    public async Task Post_LoopbackHost_IssuesAnExpertToken(string? host)
    {
        using var response = await PostAsync(_members, """{"role":"expert","subject":"E-0001"}""", host: host);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("expert", body.GetProperty("role").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("token").GetString()));
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:7071")]
    [InlineData("localhost.evil.example")]
    [InlineData("127.0.0.1.nip.io")]
    [InlineData("127.0.0.2")]
    [InlineData("0.0.0.0")]
    [InlineData("[::2]")]
    public async Task Post_RebindingHostName_Gets403(string host)
    {
        using var response = await PostAsync(_members, """{"role":"expert","subject":"E-0001"}""", host: host);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json-patch+json")]
    [InlineData("application/jsonx")]
    [InlineData("")]
    public async Task Post_NotApplicationJson_Gets415(string contentType)
    {
        using var response = await PostAsync(_members, """{"role":"expert","subject":"E-0001"}""", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"role":"admin","subject":"A-1"}""", "role")]
    [InlineData("""{"role":"ADMIN","subject":"A-1"}""", "role")]
    [InlineData("""{"role":"Staff","subject":"S-1"}""", "role")]
    [InlineData("""{"role":"3","subject":"A-1"}""", "role")]
    [InlineData("""{"role":"expert"}""", "subject")]
    [InlineData("""{"role":"institution","subject":"U-1"}""", "org")]
    [InlineData("""{"role":"expert","role":"staff","subject":"E-1"}""", "role")]
    public async Task Post_BadFields_Gets400NamingTheField(string json, string field)
    {
        using var response = await PostAsync(_members, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Post_StaffWithoutStaffTokens_Gets403()
    {
        using var response = await PostAsync(_members, """{"role":"staff","subject":"STAFF-1"}""");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("--dev-staff-tokens", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_StaffWithStaffTokens_IssuesAStaffTokenButNeverAdmin()
    {
        await using var host = await RunningHost.StartAsync(new LocalHostOptions { DevTokens = DevTokenRoles.MembersAndStaff });

        using var staff = await PostAsync(host, """{"role":"staff","subject":"STAFF-1"}""");
        using var admin = await PostAsync(host, """{"role":"admin","subject":"A-1"}""");

        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.Equal("staff", JsonDocument.Parse(await staff.Content.ReadAsStringAsync()).RootElement.GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, admin.StatusCode);
    }

    [Fact]
    public async Task Post_NotInDevelopmentMode_IsNotMapped()
    {
        await using var host = await RunningHost.StartAsync();

        using var response = await PostAsync(host, """{"role":"expert","subject":"E-0001"}""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(RunningHost server, string json, string contentType = "application/json", string? host = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, LocalHost.DevTokenPath) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(json)) };
        if (contentType.Length > 0)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        if (host is not null)
        {
            request.Headers.Host = host;
        }

        return await server.Client.SendAsync(request);
    }
}
