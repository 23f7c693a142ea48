using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DiasporaMatch.Api;

public sealed class JsonBodyTests
{
    [Theory]
    [InlineData("""{"fullName":"A","fullName":"B"}""", "fullName")]
    [InlineData("""{"a":{"b":1,"b":2}}""", "a.b")]
    [InlineData("""{"languages":[{"code":"fr"},{"code":"fr","code":"nl"}]}""", "languages[1].code")]
    [InlineData("""[{"x":1,"y":2,"x":3}]""", "[0].x")]
    [InlineData("""{"id":"E-1","\u0069d":"E-2"}""", "id")] // the same name, escaped differently
    public async Task ReadAsync_DuplicateKey_Gets400NamingTheKey(string json, string path)
    {
        var (status, problem) = await ReadAsync(json);

        Assert.Equal(StatusCodes.Status400BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(path, out _), problem.ToString());
        var error = problem.GetProperty("fieldErrors").EnumerateArray().Single(e => e.GetProperty("path").GetString() == path);
        Assert.Equal("duplicateField", error.GetProperty("code").GetString());
        Assert.Contains("appears more than once", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"fullName":"A","fullname":"B"}""")] // names differ by case: two fields (and the schema refuses the unknown one)
    [InlineData("""[{"code":"fr"},{"code":"nl"}]""")] // the same name in two objects
    [InlineData("""{"a":{"x":1},"b":{"x":1}}""")]
    public async Task ReadAsync_SameNameInDifferentObjects_IsAccepted(string json)
    {
        var (status, _) = await ReadAsync(json);

        Assert.Equal(StatusCodes.Status200OK, status);
    }

    private static async Task<(int Status, JsonElement Problem)> ReadAsync(string json)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.ContentType = "application/json";
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        http.Response.Body = new MemoryStream();
        var (_, problem) = await JsonBody.ReadAsync(http.Request, 64 * 1024, CancellationToken.None);
        if (problem is null)
        {
            return (StatusCodes.Status200OK, default);
        }

        await problem.ExecuteAsync(http);
        http.Response.Body.Position = 0;
        return (http.Response.StatusCode, JsonDocument.Parse(http.Response.Body).RootElement.Clone());
    }
}
