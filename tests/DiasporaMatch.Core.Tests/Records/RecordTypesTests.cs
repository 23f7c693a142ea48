using System.Text.Json;
using DiasporaMatch.Needs;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Records;

public sealed class RecordTypesTests
{
    [Fact]
    public void Canonicalise_OptionalValueFieldGivenAsNull_IsStoredAsAbsent()
    {
        // The schema takes "onSite": null for an absent field; the record's bool field cannot hold null (this was a 500).
        const string need = """{"organisationId":"ORG-1","title":"t","country":"MA","sector":"health","onSite":null,"window":{"from":"2027-03-01","to":"2027-04-01"}}""";
        Assert.Empty(TestData.Validator.Validate(RecordKind.Needs, Json.Parse(need)).Errors);

        var stored = RecordTypes.Read<Need>(RecordTypes.Canonicalise(RecordKind.Needs, Json.Parse(need), "N-1"));

        Assert.Equal("N-1", stored.Id);
        Assert.True(stored.OnSite); // the record type's default, as when the field is left out
    }
}
