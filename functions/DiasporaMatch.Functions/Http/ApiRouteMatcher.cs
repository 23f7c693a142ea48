using DiasporaMatch.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace DiasporaMatch.Functions.Http;

/// <summary>
/// Finds the <see cref="ApiRouteTable"/> route of a request with ASP.NET Core's own template matcher. The table's
/// templates do not overlap (a test checks every route's path finds that route only), so the first match is the one.
/// </summary>
internal static class ApiRouteMatcher
{
    private static readonly (ApiRoute Route, TemplateMatcher Matcher)[] Templates =
        [.. ApiRouteTable.Routes.Select(r => (r, new TemplateMatcher(TemplateParser.Parse(r.Template), new RouteValueDictionary())))];

    /// <summary>The route for the method and path with its values; else null and the methods the path has (none: 404, some: 405).</summary>
    public static ApiRoute? Find(string method, PathString path, out Dictionary<string, string> values, out IReadOnlyList<string> allowed)
    {
        var methods = new List<string>();
        var matched = new RouteValueDictionary();
        foreach (var (route, matcher) in Templates)
        {
            matched.Clear(); // a template that fails part-way may have added values
            if (!matcher.TryMatch(path, matched))
            {
                continue;
            }

            if (string.Equals(route.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                values = matched.ToDictionary(kv => kv.Key, kv => kv.Value?.ToString() ?? "", StringComparer.Ordinal);
                allowed = [];
                return route;
            }

            methods.Add(route.Method);
        }

        values = [];
        allowed = methods;
        return null;
    }
}
