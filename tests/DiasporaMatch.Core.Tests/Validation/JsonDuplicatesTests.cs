namespace DiasporaMatch.Validation;

public sealed class JsonDuplicatesTests
{
    [Theory]
    [InlineData("""{"a":1,"a":2}""", "a")]
    [InlineData("""{"x":[{"b":1},{"b":1,"c":{"d":1,"d":1}}]}""", "x[1].c.d")]
    [InlineData("""{"a":1}""", null)]
    [InlineData("""[{"a":1},{"a":1}]""", null)]
    public void JsonDuplicates_FindFirst_GivesThePathOfTheRepeatedKey(string json, string? path)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);

        Assert.Equal(path, JsonDuplicates.FindFirst(document.RootElement));
    }
}
