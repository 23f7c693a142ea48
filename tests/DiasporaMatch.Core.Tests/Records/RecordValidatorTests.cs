using System.Text.Json.Nodes;
using DiasporaMatch.Profiles;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Records;

public sealed class RecordValidatorTests
{
    private static IReadOnlyList<string> Errors(string kind, string json) =>
        TestData.Validator.Validate(kind, Json.Parse(json)).Errors.Select(e => e.ToString()).ToList();

    private static string Mutate(string json, Action<JsonObject> change)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        change(node);
        return node.ToJsonString();
    }

    [Theory]
    [InlineData(RecordKind.Profiles, SampleRecords.Profile)]
    [InlineData(RecordKind.Needs, SampleRecords.Need)]
    [InlineData(RecordKind.Organisations, SampleRecords.Organisation)]
    [InlineData(RecordKind.Decisions, SampleRecords.Decision)]
    public void Validate_ContractExample_HasNoErrors(string kind, string json)
    {
        Assert.Empty(Errors(kind, json));
    }

    [Fact]
    public void Parse_ContractProfile_ReadsTypedRecord()
    {
        var result = TestData.Validator.Parse<ExpertProfile>(RecordKind.Profiles, System.Text.Encoding.UTF8.GetBytes(SampleRecords.Profile), out var profile);

        Assert.True(result.IsValid);
        Assert.Equal("C2", profile!.Languages[0].Level);
        Assert.Equal(new DateOnly(2027, 4, 15), profile.Availability[0].To);
        Assert.Equal(150000m, profile.Investment!.TicketMaxEur);
    }

    [Fact]
    public void Validate_ManyProblems_ReportsEveryOneWithItsPath()
    {
        var json = Mutate(SampleRecords.Profile, p =>
        {
            p["languages"]![1]!["level"] = "D1";
            p["countryOfResidence"] = "XX";
            p["availability"]![0]!["to"] = "2027-02-01";
            p["yearsExperience"] = "twelve";
            p["nickname"] = "Nad";
        });

        var errors = Errors(RecordKind.Profiles, json);

        Assert.Contains("languages[1].level: \"D1\" is not a CEFR level (A1, A2, B1, B2, C1, C2, native)", errors);
        Assert.Contains("countryOfResidence: \"XX\" is not an ISO 3166-1 alpha-2 country code", errors);
        Assert.Contains("yearsExperience: must be a whole number, not a string", errors);
        Assert.Contains("nickname: is not a known field", errors);
        Assert.Contains("availability[0].to: 2027-02-01 is before from (2027-03-01)", errors);
        Assert.Equal(5, errors.Count);
    }

    [Fact]
    public void Validate_RangeEndBeforeStart_IsReported()
    {
        var json = Mutate(SampleRecords.Profile, p => p["availability"]![0]!["to"] = "2027-02-01");

        Assert.Equal(["availability[0].to: 2027-02-01 is before from (2027-03-01)"], Errors(RecordKind.Profiles, json));
    }

    [Theory]
    [InlineData("2027-02-30")]
    [InlineData("2027-13-01")]
    [InlineData("01/03/2027")]
    [InlineData("2027-3-1")]
    public void Validate_ImpossibleDate_IsReported(string date)
    {
        var json = Mutate(SampleRecords.Need, n => n["window"]!["from"] = date);

        Assert.Equal([$"window.from: \"{date}\" is not a date (YYYY-MM-DD)"], Errors(RecordKind.Needs, json));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("a b")]
    [InlineData("-leading-dash")]
    public void Validate_InvalidId_IsReported(string id)
    {
        var json = Mutate(SampleRecords.Profile, p => p["id"] = id);

        Assert.Single(Errors(RecordKind.Profiles, json), e => e.StartsWith("id: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RegionOfAnotherCountry_IsReported()
    {
        var json = Mutate(SampleRecords.Need, n => n["country"] = "NL");

        Assert.Equal(["region: \"MA-01\" is not a region of NL"], Errors(RecordKind.Needs, json));
    }

    [Fact]
    public void Validate_OverLongAndOverfullFields_AreReported()
    {
        var json = Mutate(SampleRecords.Profile, p =>
        {
            p["fullName"] = new string('x', 201);
            p["skills"] = new JsonArray([.. Enumerable.Range(0, 101).Select(i => (JsonNode?)JsonValue.Create($"skill {i}"))]);
        });

        Assert.Equal(
            ["fullName: is 201 characters long; at most 200 are allowed", "skills: has 101 items; at most 100 are allowed"],
            Errors(RecordKind.Profiles, json));
    }

    [Fact]
    public void Validate_SupportWanted_HasSupportOfferedLimits()
    {
        var json = Mutate(SampleRecords.Profile, p =>
        {
            var investment = p["investment"]!.AsObject();
            investment["supportWanted"] = new JsonArray([.. Enumerable.Range(0, 101).Select(i => (JsonNode?)JsonValue.Create($"support {i}"))]);
        });
        var tooLong = Mutate(SampleRecords.Profile, p => p["investment"]!["supportWanted"] = new JsonArray("accès au foncier", new string('x', 201), 3));

        Assert.Equal(["investment.supportWanted: has 101 items; at most 100 are allowed"], Errors(RecordKind.Profiles, json));
        Assert.Equal(
            ["investment.supportWanted[1]: is 201 characters long; at most 200 are allowed", "investment.supportWanted[2]: must be a string, not a number"],
            Errors(RecordKind.Profiles, tooLong));
    }

    [Fact]
    public void Parse_SupportWanted_ReadsPhrases()
    {
        var json = Mutate(SampleRecords.Profile, p => p["investment"]!["supportWanted"] = new JsonArray("accès au foncier", "mentoring"));

        var result = TestData.Validator.Parse<ExpertProfile>(RecordKind.Profiles, System.Text.Encoding.UTF8.GetBytes(json), out var profile);

        Assert.True(result.IsValid);
        Assert.Equal(["accès au foncier", "mentoring"], profile!.Investment!.SupportWanted);
    }

    [Theory]
    [InlineData("Nadia\u0000")]
    [InlineData("Nadia\u001b[31m")]
    [InlineData("Nadia\nEl Amrani")]
    public void Validate_ControlCharacterInName_IsReported(string name)
    {
        var json = Mutate(SampleRecords.Profile, p => p["fullName"] = name);

        Assert.Single(Errors(RecordKind.Profiles, json), e => e.StartsWith("fullName: holds control character", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_LoneSurrogate_IsReported()
    {
        var json = SampleRecords.Profile.Replace("\"Nadia El Amrani\"", "\"Nadia \\uD800 El Amrani\"", StringComparison.Ordinal);

        Assert.Single(Errors(RecordKind.Profiles, json), e => e.StartsWith("fullName: holds an unpaired surrogate", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_WrongTypes_NameTheExpectedType()
    {
        var json = Mutate(SampleRecords.Need, n =>
        {
            n["positions"] = 1.5;
            n["onSite"] = "yes";
            n["requiredSkills"] = "neonatal care";
        });

        Assert.Equal(
            ["requiredSkills: must be an array, not a string", "onSite: must be true or false, not a string", "positions: must be a whole number, not 1.5"],
            Errors(RecordKind.Needs, json));
    }

    [Fact]
    public void Validate_MissingRequiredFields_AreEachReported()
    {
        Assert.Equal(
            ["fullName: is required", "countryOfResidence: is required"],
            Errors(RecordKind.Profiles, "{}"));
    }

    [Fact]
    public void Parse_MalformedJson_IsOneClearError()
    {
        var result = TestData.Validator.Parse<ExpertProfile>(RecordKind.Profiles, "{\"fullName\": "u8, out var profile);

        Assert.Null(profile);
        Assert.StartsWith("malformed JSON", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DurationLongerThanWindow_IsReported()
    {
        var json = Mutate(SampleRecords.Need, n => n["durationDays"] = 200);

        Assert.Equal(["durationDays: 200 days do not fit in the 122-day window"], Errors(RecordKind.Needs, json));
    }
}
