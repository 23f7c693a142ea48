using System.Text.RegularExpressions;

namespace DiasporaMatch.Api;

/// <summary>An OpenAPI 3.1 description built from the route table, so it can never drift from what is served.</summary>
public static partial class OpenApiDocument
{
    public static object Build(IReadOnlyList<ApiRoute> routes)
    {
        var paths = new SortedDictionary<string, Dictionary<string, object>>(StringComparer.Ordinal);
        foreach (var route in routes)
        {
            if (!paths.TryGetValue(route.Template, out var operations))
            {
                paths[route.Template] = operations = [];
            }

            operations[route.Method.ToLowerInvariant()] = new Dictionary<string, object>
            {
                ["operationId"] = route.Name,
                ["summary"] = route.Summary,
                ["parameters"] = Parameter().Matches(route.Template).Select(m => new { name = m.Groups[1].Value, @in = "path", required = true, schema = new { type = "string", pattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" } }).ToArray(),
                ["responses"] = new Dictionary<string, object>
                {
                    ["200"] = new { description = "Success" },
                    ["4XX"] = new { description = "Problem details (RFC 9457)", content = new Dictionary<string, object> { ["application/problem+json"] = new { } } },
                },
                ["security"] = route.Name is "Health" or "OpenApi" ? Array.Empty<object>() : new object[] { new Dictionary<string, string[]> { ["bearer"] = [] } },
            };
        }

        return new Dictionary<string, object>
        {
            ["openapi"] = "3.1.0",
            ["info"] = new { title = "DiasporaMatch API", version = "1" },
            ["paths"] = paths,
            ["components"] = new { securitySchemes = new { bearer = new { type = "http", scheme = "bearer", bearerFormat = "JWT" } } },
        };
    }

    [GeneratedRegex(@"\{([a-zA-Z]+)\}")]
    private static partial Regex Parameter();
}
