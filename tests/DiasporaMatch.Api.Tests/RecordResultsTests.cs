using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DiasporaMatch.Api;

public sealed class RecordResultsTests
{
    private const string Current = "3f9a0c";

    [Theory]
    [InlineData(null, 428)] // a change made from no version would overwrite someone's update unseen
    [InlineData("\"old\"", 412)]
    [InlineData("W/\"3f9a0c\"", 412)]
    [InlineData("\"3f9a0c", 400)] // a tag left open is malformed
    public void TryRequiredIfMatch_NoCurrentTag_RefusesWithTheStatus(string? ifMatch, int status)
    {
        var ok = RecordResults.TryRequiredIfMatch(Request(ifMatch), Current, out var version, out var problem);

        Assert.False(ok);
        Assert.Null(version);
        Assert.Equal(status, Assert.IsType<ProblemHttpResult>(problem).StatusCode);
    }

    [Theory]
    [InlineData("\"3f9a0c\"")]
    [InlineData("\"old\", \"3f9a0c\"")]
    [InlineData("*")]
    public void TryRequiredIfMatch_CurrentTag_GivesTheCurrentVersion(string ifMatch)
    {
        var ok = RecordResults.TryRequiredIfMatch(Request(ifMatch), Current, out var version, out var problem);

        Assert.True(ok);
        Assert.Equal(Current, version);
        Assert.Null(problem);
    }

    private static HttpRequest Request(string? ifMatch)
    {
        var http = new DefaultHttpContext();
        if (ifMatch is not null)
        {
            http.Request.Headers.IfMatch = ifMatch;
        }

        return http.Request;
    }
}
