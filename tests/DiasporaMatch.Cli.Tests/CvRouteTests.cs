using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Cli;

/// <summary><c>POST /api/profiles/{id}/cv</c> over real HTTP: suggestions for a real PDF, a precise 4xx problem for every hostile file, nothing stored.</summary>
public sealed class CvRouteTests : IAsyncLifetime
{
    private const string Pdf = "application/pdf";
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<HttpResponseMessage> UploadAsync(byte[] body, string contentType, Access.Caller? caller = null, string path = "/api/profiles/E-0001/cv?lang=fr")
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await _host.Client.SendAsync(_host.Request(HttpMethod.Post, path, caller ?? Callers.Expert, content));
    }

    [Fact]
    public async Task Upload_RealPdf_SuggestsSkillsInTheAskedLanguageAndStoresNothing()
    {
        var changes = Path.Combine(_host.DataFolder, "store", "changes.log");
        var before = File.Exists(changes) ? new FileInfo(changes).Length : 0;

        using var response = await UploadAsync(CvFiles.Pdf("Nadia El Amrani", "Skills: neonatal care, project management"), Pdf);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("pdf", false), (body.GetProperty("format").GetString(), body.GetProperty("stored").GetBoolean()));
        var labels = body.GetProperty("skills").EnumerateArray().Select(s => s.GetProperty("label").GetString()).ToList();
        Assert.Contains("soins néonatals", labels);
        Assert.Equal(before, File.Exists(changes) ? new FileInfo(changes).Length : 0);
    }

    [Theory]
    [InlineData("text", Pdf, HttpStatusCode.UnsupportedMediaType, "not a PDF")]
    [InlineData("pdf", Docx, HttpStatusCode.UnsupportedMediaType, "not a DOCX")]
    [InlineData("pdf", "application/msword", HttpStatusCode.UnsupportedMediaType, "Content-Type must be")]
    [InlineData("damaged-pdf", Pdf, HttpStatusCode.UnprocessableEntity, "damaged")]
    [InlineData("damaged-docx", Docx, HttpStatusCode.UnprocessableEntity, "damaged")]
    [InlineData("zip-bomb", Docx, HttpStatusCode.UnprocessableEntity, "unpacks to more than")]
    [InlineData("too-big", Pdf, HttpStatusCode.RequestEntityTooLarge, "at most 5 MB")]
    public async Task Upload_HostileFile_IsAPreciseProblem(string file, string contentType, HttpStatusCode status, string detail)
    {
        var bytes = file switch
        {
            "text" => "MZ this is not a PDF"u8.ToArray(),
            "pdf" => CvFiles.Pdf("Neonatal care"),
            "damaged-pdf" => CvFiles.Pdf("Neonatal care")[..400],
            "damaged-docx" => [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8],
            "zip-bomb" => CvFiles.ZipBomb(48),
            _ => new byte[(5 * 1024 * 1024) + 1],
        };

        using var response = await UploadAsync(bytes, contentType);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_OtherExpertsProfile_IsForbiddenBeforeTheFileIsRead()
    {
        using var response = await UploadAsync(CvFiles.Pdf("Neonatal care"), Pdf, Callers.OtherExpert);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Upload_BadLanguage_IsAFieldError()
    {
        using var response = await UploadAsync(CvFiles.Pdf("Neonatal care"), Pdf, path: "/api/profiles/E-0001/cv?lang=FRA");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("lang", out _));
    }
}
