using System.Text;
using System.Text.Json.Nodes;

namespace DiasporaMatch.Cli.TestSupport;

/// <summary>
/// A seeded generator of requests that must all be refused: every one breaks a rule (type, range, vocabulary,
/// unknown field, id, size, encoding, JSON syntax, content type, query, precondition). Same seed, same corpus.
/// </summary>
public sealed class HostileCorpus(int seed)
{
    private static readonly string[] Nasty =
    [
        "*", "a AND (", "field:value", "~", "\\", "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")", "\u202Eevil", "../../etc/passwd",
        "%00", "' OR 1=1 --", "{{7*7}}", "${jndi:ldap://x}", "\uFEFF", "ﷺ", "🙂",
    ];

    private static readonly string[] ProfileFields = ["fullName", "countryOfResidence", "languages", "skills", "yearsExperience", "availability", "consent", "preferredRegions", "sectors", "remoteOk", "email"];

    private readonly Random _random = new(seed);

    public record HostileRequest(string Method, string Path, string? Body, string ContentType, string? IfMatch, string Why);

    public IEnumerable<HostileRequest> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return (i % 11) switch
            {
                0 => Body("POST", "/api/profiles", Truncate(ValidProfile()), "truncated JSON"),
                1 => Body("POST", "/api/profiles", WrongType(), "wrong type"),
                2 => Body("POST", "/api/profiles", UnknownField(), "unknown field"),
                3 => Body("POST", "/api/profiles", BadValue(), "value out of vocabulary or range"),
                4 => Body("POST", "/api/profiles", ValidProfile(), "wrong content type", Pick(["text/plain", "application/xml", "multipart/form-data", ""])),
                5 => new HostileRequest(Pick(["GET", "PUT", "DELETE"]), "/api/profiles/" + Uri.EscapeDataString(BadId()), ValidProfile(), "application/json", "\"x\"", "invalid id"),
                6 => new HostileRequest("GET", $"/api/needs/N-0001/matches?{Pick(["top", "ranker", "top"])}={Uri.EscapeDataString(Pick(Nasty) + _random.Next())}", null, "application/json", null, "bad query"),
                7 => new HostileRequest("PUT", "/api/profiles/E-0001", ValidProfile(), "application/json", Pick([null, "\"stale\"", "*garbage*"]), "missing or stale If-Match"),
                8 => Body("POST", "/api/needs", NeedWithNastyVocabulary(), "need with bad codes"),
                9 => HostileCv(),
                _ => Body("POST", "/api/decisions", "{\"needId\":\"" + BadId() + "\",\"expertId\":\"E-0001\",\"decision\":\"" + Pick(Nasty) + "\"}", "bad decision"),
            };
        }
    }

    /// <summary>CV uploads that must be refused before or while parsing: forged types, damaged files, bad ids and languages.</summary>
    private HostileRequest HostileCv()
    {
        const string Pdf = "application/pdf";
        const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        var junk = Pick(Nasty) + new string((char)('a' + _random.Next(26)), _random.Next(1, 4000));
        return _random.Next(7) switch
        {
            0 => Body("POST", "/api/profiles/E-0001/cv", "%PDF-1." + _random.Next(8) + "\n" + junk, "damaged PDF", Pdf),
            1 => Body("POST", "/api/profiles/E-0001/cv", "PK\u0003\u0004" + junk, "damaged DOCX zip", Docx),
            2 => Body("POST", "/api/profiles/E-0001/cv", ValidProfile(), "JSON sent as a PDF", Pdf),
            3 => Body("POST", "/api/profiles/E-0001/cv", "%PDF-1.7\n" + junk, "PDF sent as a DOCX", Docx),
            4 => Body("POST", "/api/profiles/E-0001/cv", junk, "not a CV type", Pick(["application/msword", "text/plain", "image/png", "application/zip", "", "application/json"])),
            5 => Body("POST", $"/api/profiles/E-0001/cv?lang={Uri.EscapeDataString(Pick(Nasty))}", "%PDF-1.4\n" + junk, "bad label language", Pdf),
            _ => Body("POST", $"/api/profiles/{Uri.EscapeDataString(BadId())}/cv", "%PDF-1.4\n" + junk, "CV for an invalid id", Pdf),
        };
    }

    private static HostileRequest Body(string method, string path, string body, string why, string contentType = "application/json") =>
        new(method, path, body, contentType, null, why);

    private string ValidProfile() =>
        $$"""{"fullName":"{{Escape(Pick(Nasty))}} Test","countryOfResidence":"NL","skills":["{{Escape(Pick(Nasty))}}"],"summary":"{{Escape(Pick(Nasty))}}"}""";

    private string Truncate(string json) => json[..Math.Max(1, _random.Next(json.Length - 1))];

    private string WrongType()
    {
        var node = JsonNode.Parse(ValidProfile())!.AsObject();
        node[Pick(ProfileFields)] = Pick<JsonNode?>([JsonValue.Create(42.5), JsonValue.Create(true), new JsonObject { ["x"] = 1 }, JsonValue.Create(Pick(Nasty) + "x"), new JsonArray(1, 2)]);
        node["yearsExperience"] = "twelve";
        return node.ToJsonString();
    }

    private string UnknownField()
    {
        var node = JsonNode.Parse(ValidProfile())!.AsObject();
        node[Pick(["isAdmin", "role", "__proto__", "constructor", "$where", "id\u0000", "fullname"])] = Pick(Nasty);
        return node.ToJsonString();
    }

    private string BadValue()
    {
        var node = JsonNode.Parse(ValidProfile())!.AsObject();
        switch (_random.Next(7))
        {
            case 0: node["countryOfResidence"] = Pick(["XX", "nl", "NLD", "", Pick(Nasty)]); break;
            case 1: node["languages"] = new JsonArray(new JsonObject { ["code"] = "fr", ["level"] = Pick(["D1", "c1", "fluent", ""]) }); break;
            case 2: node["yearsExperience"] = Pick([-1, 71, 1_000_000]); break;
            case 3: node["availability"] = new JsonArray(new JsonObject { ["from"] = "2027-04-01", ["to"] = Pick(["2027-03-01", "2027-02-30", "tomorrow"]) }); break;
            case 4: node["fullName"] = new string('x', 201 + _random.Next(10_000)); break;
            case 5: node["fullName"] = "bad\u0000" + Pick(Nasty); break;
            default: node["skills"] = new JsonArray([.. Enumerable.Range(0, 101).Select(i => (JsonNode?)JsonValue.Create("s" + i))]); break;
        }

        return node.ToJsonString();
    }

    private string NeedWithNastyVocabulary() =>
        $$"""{"organisationId":"ORG-CHU","title":"t","country":"MA","sector":"{{Escape(Pick(Nasty))}}","region":"MA-99"}""";

    private string BadId() => Pick(["../x", "..", "a/b", "a b", "-x", new string('a', 65), "x\u0000", Pick(Nasty) + "/"]);

    private static string Escape(string text) => System.Text.Json.JsonEncodedText.Encode(text).ToString();

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>JSON lines for the bulk importer, each invalid for a stated reason.</summary>
    public IEnumerable<string> BulkLines(int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Clear();
            yield return (i % 4) switch
            {
                0 => Truncate(ValidProfile()),
                1 => WrongType(),
                2 => UnknownField(),
                _ => BadValue(),
            };
        }
    }
}
