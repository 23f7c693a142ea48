using System.Text.Json.Nodes;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Records;

/// <summary>A profile or need written with any ESCO preferred label, in any language we import, is accepted.</summary>
[Collection(EscoCollection.Name)]
public sealed class RecordValidatorEscoTests(EscoFixture esco)
{
    [Fact]
    public void Validate_EveryEscoPreferredLabel_IsAcceptedAsOccupationTitleAndSkill()
    {
        var labels = esco.Taxonomy.Concepts.SelectMany(c => c.PreferredLabels.Values).Distinct(StringComparer.Ordinal).ToList();
        var rejected = new List<string>();

        foreach (var label in labels)
        {
            var profile = JsonNode.Parse(SampleRecords.Profile)!.AsObject();
            profile["occupation"] = label;
            profile["skills"] = new JsonArray(label);
            var need = JsonNode.Parse(SampleRecords.Need)!.AsObject();
            need["title"] = label;
            need["occupation"] = label;
            need["requiredSkills"] = new JsonArray(label);

            var errors = TestData.Validator.Validate(RecordKind.Profiles, Json.Parse(profile.ToJsonString())).Errors
                .Concat(TestData.Validator.Validate(RecordKind.Needs, Json.Parse(need.ToJsonString())).Errors);
            rejected.AddRange(errors.Select(e => $"{label}: {e}"));
        }

        Assert.True(labels.Max(l => l.Length) > RecordSchemas.MaxShortText, "the ESCO files hold no label longer than the short-text limit: the test proves nothing");
        Assert.Empty(rejected);
    }
}
