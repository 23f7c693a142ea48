using System.Text;
using DiasporaMatch.Access;
using DiasporaMatch.Api;
using DiasporaMatch.Functions.Background;
using DiasporaMatch.Functions.Http;
using DiasporaMatch.Import;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Functions;

/// <summary>Functions called directly, as the worker would: the HTTP function finds the route and runs the shared handler; the blob import guards its file name.</summary>
public class DirectCallTests(FunctionsFixture fixture) : IClassFixture<FunctionsFixture>
{
    /// <summary>The HTTP function run as the worker runs it, on a request for the method and path.</summary>
    private async Task<(int Status, string Body)> CallAsync(HttpContext http, string method, string path)
    {
        http.Request.Method = method;
        http.Request.Path = path;
        var result = await new ApiFunction(fixture.Api).RunAsync(http.Request);
        await result.ExecuteAsync(http);
        http.Response.Body.Position = 0;
        return (http.Response.StatusCode, await new StreamReader(http.Response.Body).ReadToEndAsync());
    }

    [Fact]
    public async Task Get_health_runs_the_shared_handler_and_answers_200()
    {
        var http = fixture.NewContext();
        var (status, body) = await CallAsync(http, "GET", "/api/health");
        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.Contains("\"status\":\"ok\"", body, StringComparison.Ordinal);
        Assert.Contains("\"factsWarming\":", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_staff_route_refuses_an_anonymous_caller_and_serves_a_bearer_token()
    {
        var anonymous = fixture.NewContext();
        var (refused, _) = await CallAsync(anonymous, "GET", "/api/profiles");
        Assert.Equal(StatusCodes.Status401Unauthorized, refused);

        var token = fixture.Api.Tokens.Issue(new Caller(Role.Staff, "staff-1"), TimeSpan.FromMinutes(5));
        var staff = fixture.NewContext(token);
        var (served, _) = await CallAsync(staff, "GET", "/api/profiles");
        Assert.Equal(StatusCodes.Status200OK, served);
    }

    [Fact]
    public async Task An_app_service_principal_header_counts_only_when_the_app_trusts_it()
    {
        var staffPrincipal = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"claims":[{"typ":"roles","val":"staff"},{"typ":"dmatch_subject","val":"S-9"}]}"""));
        HttpContext Request()
        {
            var http = fixture.NewContext();
            http.Request.Headers[AppServicePrincipal.Header] = staffPrincipal;
            return http;
        }

        var untrusted = Request();
        var (refused, _) = await CallAsync(untrusted, "GET", "/api/profiles");
        fixture.Api.Options.TrustAppServiceAuthentication = true;
        try
        {
            var trusted = Request();
            var (served, _) = await CallAsync(trusted, "GET", "/api/profiles");
            Assert.Equal(StatusCodes.Status200OK, served);
        }
        finally
        {
            fixture.Api.Options.TrustAppServiceAuthentication = false;
        }

        Assert.Equal(StatusCodes.Status401Unauthorized, refused);
    }

    [Fact]
    public async Task An_app_service_principal_of_an_erased_subject_is_refused()
    {
        var expertPrincipal = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"claims":[{"typ":"roles","val":"expert"},{"typ":"dmatch_subject","val":"E-REVOKED"}]}"""));
        HttpContext Request()
        {
            var http = fixture.NewContext();
            http.Request.Headers[AppServicePrincipal.Header] = expertPrincipal;
            return http;
        }

        fixture.Api.Options.TrustAppServiceAuthentication = true;
        try
        {
            var before = Request();
            var (signedIn, _) = await CallAsync(before, "GET", "/api/profiles/E-REVOKED");
            await fixture.Api.Revocations.RevokeAsync("E-REVOKED", CancellationToken.None);
            var after = Request();
            var (refused, body) = await CallAsync(after, "GET", "/api/profiles/E-REVOKED");

            Assert.Equal(StatusCodes.Status404NotFound, signedIn); // signed in: their own (absent) profile, not a refusal
            Assert.Equal(StatusCodes.Status401Unauthorized, refused);
            Assert.Contains("Sign in first", body, StringComparison.Ordinal);
        }
        finally
        {
            fixture.Api.Options.TrustAppServiceAuthentication = false;
        }
    }

    [Fact]
    public async Task A_path_outside_the_route_table_is_a_404_problem()
    {
        var http = fixture.NewContext();
        var (status, body) = await CallAsync(http, "GET", "/api/nothing-here");
        Assert.Equal(StatusCodes.Status404NotFound, status);
        Assert.Contains("no route /api/nothing-here", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_method_the_path_does_not_answer_is_a_405_naming_those_it_does()
    {
        var http = fixture.NewContext();
        var (status, _) = await CallAsync(http, "POST", "/api/health");
        Assert.Equal(StatusCodes.Status405MethodNotAllowed, status);
        Assert.Equal("GET", http.Response.Headers.Allow.ToString());
        Assert.Equal("nosniff", http.Response.Headers.XContentTypeOptions.ToString());
    }

    [Theory]
    [InlineData("../needs.jsonl")]
    [InlineData("nested/needs.jsonl")]
    [InlineData("..\\needs.jsonl")]
    [InlineData(".needs.jsonl")]
    [InlineData("needs.json")]
    [InlineData("needs.txt")]
    [InlineData("needs .jsonl")]
    [InlineData("needs.jsonl\n")]
    [InlineData("")]
    public async Task A_blob_with_an_unsafe_or_unknown_name_gets_a_report_line_and_imports_nothing(string name)
    {
        Assert.Null(ImportFunction.FormatOf(name));
        using var blob = new MemoryStream("{\"id\":\"ORG-X\"}\n"u8.ToArray());
        var report = await new ImportFunction(fixture.Api).RunAsync(blob, name, CancellationToken.None);
        var line = Assert.Single(report.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("\"error\":\"file name must be", line, StringComparison.Ordinal);
        Assert.Equal(0, blob.Position);
    }

    [Theory]
    [InlineData("needs.jsonl", ImportFormat.JsonLines)]
    [InlineData("profiles_2025-01.JSONL", ImportFormat.JsonLines)]
    [InlineData("organisations.v2.csv", ImportFormat.Csv)]
    public void A_plain_file_name_ending_in_jsonl_or_csv_passes_the_guard(string name, ImportFormat format) =>
        Assert.Equal(format, ImportFunction.FormatOf(name));

    [Fact]
    public async Task A_dropped_file_is_imported_with_a_line_per_rejection_and_a_summary()
    {
        var good = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "sample", "organisations.jsonl")).Take(2);
        using var blob = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', [.. good, "{\"id\":\"ORG-BAD\"}"]) + "\n"));
        var report = await new ImportFunction(fixture.Api).RunAsync(blob, "organisations-drop.jsonl", CancellationToken.None);
        var lines = report.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"line\":3", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"summary\":", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"created\":2", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"rejected\":1", lines[1], StringComparison.Ordinal);
    }
}
