using DiasporaMatch.Facts;

namespace DiasporaMatch.Facts;

public sealed class CodeIdsTests
{
    [Fact]
    public void Of_SameCodeTwice_SameIdOtherCodeOtherId()
    {
        Assert.Equal(CodeIds.Of("code-test-a"), CodeIds.Of("code-test-a"));
        Assert.NotEqual(CodeIds.Of("code-test-a"), CodeIds.Of("code-test-b"));
        Assert.True(CodeIds.Of("code-test-a") > 0);
    }

    [Fact]
    public void Same_WithoutIds_ComparesStrings()
    {
        Assert.True(CodeIds.Same(0, 7, "fr", "fr"));
        Assert.False(CodeIds.Same(0, 0, "fr", "nl"));
        Assert.False(CodeIds.Same(3, 4, "fr", "fr")); // both ids known: they decide
    }
}
