using Microsoft.Extensions.Primitives;

namespace DiasporaMatch.Api;

public sealed class IfMatchConditionTests
{
    private const string Current = "3f9a0c";

    [Theory]
    [InlineData("\"3f9a0c\"", true)]
    [InlineData(" \"3f9a0c\" ", true)]
    [InlineData("\"old\", \"3f9a0c\"", true)]
    [InlineData("\"old\",\"3f9a0c\",", true)]
    [InlineData("*", true)]
    [InlineData(" * ", true)]
    [InlineData("\"old\"", false)]
    [InlineData("W/\"3f9a0c\"", false)] // weak tags never match a strong comparison
    [InlineData("W/\"3f9a0c\", W/\"x\"", false)]
    [InlineData("\"\"", false)] // the empty tag names no version
    [InlineData("\"3F9A0C\"", false)] // tags compare byte for byte
    public void Parse_WellFormed_MatchesOnlyTheCurrentStrongTag(string header, bool matches)
    {
        var condition = IfMatchCondition.Parse(new StringValues(header));

        Assert.Null(condition.Error);
        Assert.True(condition.Present);
        Assert.Equal(matches, condition.Matches(Current));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("W/")]
    [InlineData("W/\"")]
    [InlineData("w/\"3f9a0c\"")]
    [InlineData("3f9a0c")]
    [InlineData("\"3f9a0c")]
    [InlineData("\"3f9a0c\" \"x\"")]
    [InlineData("\"3f9a0c\"x")]
    [InlineData("*, \"3f9a0c\"")]
    [InlineData("\"3f9a0c\", *")]
    [InlineData("**")]
    [InlineData("*garbage*")]
    [InlineData("\"a b\"")]
    [InlineData("\"a\u0000b\"")]
    [InlineData("\"a\nb\"")]
    [InlineData("\"a\"b\"")]
    [InlineData("\"\u0100\"")]
    public void Parse_Malformed_SaysWhatIsWrongAndNeverMatches(string header)
    {
        var condition = IfMatchCondition.Parse(new StringValues(header));

        Assert.True(condition.IsMalformed);
        Assert.StartsWith("If-Match is malformed: ", condition.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', condition.Error!);
        Assert.False(condition.Matches(Current));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(",")]
    [InlineData(" , ,")]
    public void Parse_AbsentOrBlank_IsNotPresent(string? header)
    {
        var condition = IfMatchCondition.Parse(header is null ? StringValues.Empty : new StringValues(header));

        Assert.False(condition.Present);
        Assert.Null(condition.Error);
    }

    [Fact]
    public void Parse_SeveralHeaderLines_AreOneList()
    {
        var condition = IfMatchCondition.Parse(new StringValues(["\"old\"", "\"3f9a0c\""]));

        Assert.True(condition.Matches(Current));
        Assert.False(condition.Matches("old2"));
    }
}
