using System.Text.RegularExpressions;
using DiasporaMatch.Api;

namespace DiasporaMatch.Functions.Http;

public partial class ApiRouteMatcherTests
{
    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Parameter();

    /// <summary>The route's template with each parameter filled with a value naming it ("{id}" → "id-value").</summary>
    private static string PathOf(ApiRoute route) => Parameter().Replace(route.Template, m => m.Groups[1].Value + "-value");

    public static TheoryData<string> RouteNames() => [.. ApiRouteTable.Routes.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(RouteNames))]
    public void Find_EveryRoutesOwnPath_FindsThatRouteAndItsValues(string name)
    {
        var route = ApiRouteTable.Routes.Single(r => r.Name == name);

        var found = ApiRouteMatcher.Find(route.Method, PathOf(route), out var values, out _);

        Assert.Same(route, found);
        foreach (Match parameter in Parameter().Matches(route.Template))
        {
            Assert.Equal(parameter.Groups[1].Value + "-value", values[parameter.Groups[1].Value]);
        }
    }

    [Fact]
    public void Find_MethodInLowerCase_FindsTheRoute()
    {
        var found = ApiRouteMatcher.Find("get", "/api/needs/N-1", out var values, out _);

        Assert.Equal("GetNeed", found?.Name);
        Assert.Equal("N-1", values["id"]);
    }

    [Fact]
    public void Find_MethodThePathDoesNotAnswer_FindsNothingAndNamesTheMethodsItDoes()
    {
        var found = ApiRouteMatcher.Find("PATCH", "/api/needs/N-1", out _, out var allowed);

        Assert.Null(found);
        Assert.Equal(["DELETE", "GET", "PUT"], allowed.Order());
    }

    [Theory]
    [InlineData("/api/nothing-here")]
    [InlineData("/api/needs/N-1/matches/more")]
    [InlineData("/needs")]
    [InlineData("/api/calendar/feed.txt")]
    public void Find_PathOfNoRoute_FindsNothingAndNoMethod(string path)
    {
        var found = ApiRouteMatcher.Find("GET", path, out _, out var allowed);

        Assert.Null(found);
        Assert.Empty(allowed);
    }
}
