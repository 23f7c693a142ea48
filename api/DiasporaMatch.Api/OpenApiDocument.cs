using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using DiasporaMatch.Records;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DiasporaMatch.Api;

/// <summary>
/// An OpenAPI 3.1 description built from the route table, so it can never drift from what is served: each route's
/// declared body, success and error statuses become request bodies and responses whose schemas System.Text.Json
/// exports from the very CLR types (and options) that read and write them.
/// </summary>
public static partial class OpenApiDocument
{
    private const string ProblemSchema = nameof(ProblemDetails);

    /// <summary>
    /// The records' options, but describing numbers as numbers: the server writes them so and clients should send
    /// them so (the web defaults' leniency for quoted numbers would make every number a number-or-string union).
    /// </summary>
    private static readonly JsonSerializerOptions SchemaOptions = new(RecordJson.Options) { NumberHandling = JsonNumberHandling.Strict };

    /// <summary>What each query parameter the API reads holds (the handlers' own rules).</summary>
    private static readonly Dictionary<string, (string Description, JsonObject Schema)> QueryParameters = new(StringComparer.Ordinal)
    {
        ["limit"] = ("Page size", new JsonObject { ["type"] = "integer", ["minimum"] = 1 }),
        ["cursor"] = ("The nextCursor of the previous page", new JsonObject { ["type"] = "string" }),
        ["top"] = ("How many results", new JsonObject { ["type"] = "integer", ["minimum"] = 1 }),
        ["ranker"] = ("Which ranker orders the results", new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("bm25", "baseline", "model") }),
        ["lang"] = ("A language code: the CV's language on CV routes; on ranked lists the language the reasons are written in, on reference names the language of the names (en, fr, nl, ar)", new JsonObject { ["type"] = "string" }),
        ["from"] = ("The period's first day", new JsonObject { ["type"] = "string", ["format"] = "date" }),
        ["to"] = ("The period's last day", new JsonObject { ["type"] = "string", ["format"] = "date" }),
        ["format"] = ("The file format of an export", new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("csv", "xlsx") }),
        ["width"] = ("The chart's width in pixels", new JsonObject { ["type"] = "integer", ["minimum"] = 200, ["maximum"] = 2000 }),
        ["height"] = ("The chart's height in pixels", new JsonObject { ["type"] = "integer", ["minimum"] = 200, ["maximum"] = 2000 }),
        ["by"] = ("How the indicators are split", new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("total", "sector", "region", "organisation", "month") }),
        ["kind"] = ("The record kind imported", new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. RecordKind.All.Select(k => JsonValue.Create(k))]) }),
        ["years"] = ("Untouched for at least this many years", new JsonObject { ["type"] = "integer", ["minimum"] = 1 }),
        ["subject"] = ("The record the events are about", new JsonObject { ["type"] = "string" }),
        ["subjectKind"] = ("Only events about records of this kind", new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. AuditEndpoints.Kinds.Select(k => JsonValue.Create(k))]) }),
        ["role"] = ("Only events by callers in this role", new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. AuditEndpoints.Roles.Select(r => JsonValue.Create(r))]) }),
        ["confirm"] = ("Also cancel the booked assignments listed by the 409", new JsonObject { ["type"] = "boolean" }),
        ["organisationId"] = ("Only this organisation's items", new JsonObject { ["type"] = "string" }),
        ["status"] = ("Only needs in this state: open, filled, closed, withdrawn, or expired (open, its window ended before today)", new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("open", "filled", "closed", "withdrawn", "expired") }),
        ["needId"] = ("Only this need's assignments", new JsonObject { ["type"] = "string" }),
        ["expertId"] = ("Only this expert's assignments", new JsonObject { ["type"] = "string" }),
        ["token"] = ("The signed unsubscribe token from the message's link", new JsonObject { ["type"] = "string" }),
        ["q"] = ("Words that must each start a word of the record (title, description, skills, name…), case and accents ignored; on occupation suggestions, the phrase typed", new JsonObject { ["type"] = "string", ["maxLength"] = 200 }),
        ["state"] = ("Only records in this state: a need's status; an expert's matchable or unmatchable (consent)", new JsonObject { ["type"] = "string" }),
        ["sector"] = ("Only records of this sector code", new JsonObject { ["type"] = "string" }),
        ["region"] = ("Only records of this region code (a need's region; an expert's preferred regions)", new JsonObject { ["type"] = "string" }),
        ["language"] = ("Only records with this language code (a need's required languages; an expert's languages)", new JsonObject { ["type"] = "string" }),
        ["sort"] = ("The sort key, '-' first for descending: needs id, title, window, organisation; profiles id, name, experience", new JsonObject { ["type"] = "string" }),
    };

    /// <param name="routes">The route table.</param>
    /// <param name="serverUrl">The base URL the document was asked on, so a client generated from it calls the same host.</param>
    public static JsonObject Build(IReadOnlyList<ApiRoute> routes, string serverUrl)
    {
        var schemas = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        var paths = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        schemas[ProblemSchema] = Export(typeof(ProblemDetails), ProblemSchema);

        foreach (var route in routes)
        {
            if (!paths.TryGetValue(route.Template, out var operations))
            {
                paths[route.Template] = operations = [];
            }

            var operation = new JsonObject
            {
                ["operationId"] = route.Name,
                ["summary"] = route.Summary,
                ["tags"] = new JsonArray(TagOf(route)),
            };
            var parameters = new JsonArray();
            foreach (Match m in Parameter().Matches(route.Template))
            {
                parameters.Add(new JsonObject
                {
                    ["name"] = m.Groups[1].Value,
                    ["in"] = "path",
                    ["required"] = true,
                    ["schema"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" },
                });
            }

            foreach (var name in route.Query)
            {
                var (description, schema) = QueryParameters[name];
                parameters.Add(new JsonObject { ["name"] = name, ["in"] = "query", ["required"] = false, ["description"] = description, ["schema"] = schema.DeepClone() });
            }

            if (route.Errors.Contains(StatusCodes.Status412PreconditionFailed))
            {
                parameters.Add(new JsonObject { ["name"] = "If-Match", ["in"] = "header", ["required"] = false, ["description"] = "The ETag last read; a stale one is answered 412", ["schema"] = new JsonObject { ["type"] = "string" } });
            }

            if (parameters.Count > 0)
            {
                operation["parameters"] = parameters;
            }

            if (route.Body is { } body)
            {
                operation["requestBody"] = new JsonObject { ["required"] = true, ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = Reference(schemas, body) } } };
            }
            else if (route.BodyMediaTypes.Count > 0)
            {
                var content = new JsonObject();
                foreach (var mediaType in route.BodyMediaTypes)
                {
                    content[mediaType] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string", ["contentMediaType"] = mediaType } };
                }

                operation["requestBody"] = new JsonObject { ["required"] = true, ["content"] = content };
            }

            var responses = new JsonObject { [route.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = Success(schemas, route) };
            foreach (var status in route.Errors.Order())
            {
                responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject
                {
                    ["description"] = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status),
                    ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = $"#/components/schemas/{ProblemSchema}" } } },
                };
            }

            operation["responses"] = responses;
            operation["security"] = IsAnonymous(route)
                ? new JsonArray()
                : new JsonArray(new JsonObject { ["bearer"] = new JsonArray() });
            operations[route.Method.ToLowerInvariant()] = operation;
        }

        var pathsNode = new JsonObject();
        foreach (var (template, operations) in paths)
        {
            pathsNode[template] = operations;
        }

        var schemasNode = new JsonObject();
        foreach (var (name, schema) in schemas)
        {
            schemasNode[name] = schema;
        }

        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = "DiasporaMatch API",
                ["version"] = "1",
                ["description"] = "Matches diaspora experts to the needs of Moroccan institutions. Errors are RFC 9457 problem details.",
                ["license"] = new JsonObject { ["name"] = "Proprietary", ["identifier"] = "LicenseRef-Proprietary" },
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = serverUrl.TrimEnd('/') }),
            ["tags"] = new JsonArray([.. routes.Select(TagOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(t => new JsonObject { ["name"] = t, ["description"] = $"The {t} routes" })]),
            ["paths"] = pathsNode,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemasNode,
                ["securitySchemes"] = new JsonObject { ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer", ["bearerFormat"] = "JWT" } },
            },
        };
    }

    private static bool IsAnonymous(ApiRoute route) => route.Name is "Health" or "Ready" or "OpenApi" or "CalendarFeed" or "Unsubscribe" or "UnsubscribeOneClick";

    /// <summary>The first path segment after <c>/api/</c>: one tag per area.</summary>
    private static string TagOf(ApiRoute route) => route.Template["/api/".Length..].Split('/', '.')[0];

    private static JsonObject Success(SortedDictionary<string, JsonNode> schemas, ApiRoute route)
    {
        var success = new JsonObject { ["description"] = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(route.Status) };
        if (route.Status == StatusCodes.Status201Created)
        {
            success["headers"] = new JsonObject { ["Location"] = new JsonObject { ["description"] = "The created resource", ["schema"] = new JsonObject { ["type"] = "string" } } };
        }

        if (route.Response is { } type)
        {
            success["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = Reference(schemas, type) } };
        }
        else if (route.ResponseMediaType is not null || route.ResponseMediaTypes.Count > 0)
        {
            var content = new JsonObject();
            foreach (var mediaType in route.ResponseMediaType is { } single ? [single, .. route.ResponseMediaTypes] : route.ResponseMediaTypes)
            {
                content[mediaType] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string", ["contentMediaType"] = mediaType } };
            }

            success["content"] = content;
        }
        else if (route.Status != StatusCodes.Status204NoContent)
        {
            success["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "object" } } };
        }

        return success;
    }

    private static JsonObject Reference(SortedDictionary<string, JsonNode> schemas, Type type)
    {
        var name = type.Name;
        if (!schemas.ContainsKey(name))
        {
            schemas[name] = Export(type, name);
        }

        return new JsonObject { ["$ref"] = $"#/components/schemas/{name}" };
    }

    /// <summary>
    /// The exporter's own schema for a type, with the options records are read and written with. Its internal
    /// references (<c>#/…</c>, for recursive types) point into the schema itself, so they are re-rooted under its
    /// component.
    /// </summary>
    private static JsonNode Export(Type type, string name)
    {
        var schema = SchemaOptions.GetJsonSchemaAsNode(type, new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,

            // A type with its own converter (feature bars) exports as the boolean schema `true`; OpenAPI tools read
            // the equivalent empty object, not all read a boolean.
            TransformSchemaNode = (_, node) => node is JsonValue { } value && value.GetValueKind() == JsonValueKind.True ? new JsonObject() : node,
        });
        Reroot(schema, $"#/components/schemas/{name}");
        return schema;
    }

    private static void Reroot(JsonNode? node, string root)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue value && value.GetValue<string>() is { } target && target.StartsWith('#') && !target.StartsWith("#/components/", StringComparison.Ordinal))
                {
                    obj["$ref"] = root + target[1..];
                }

                foreach (var (_, child) in obj)
                {
                    Reroot(child, root);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Reroot(item, root);
                }

                break;
        }
    }

    [GeneratedRegex(@"\{([a-zA-Z]+)\}")]
    private static partial Regex Parameter();
}
