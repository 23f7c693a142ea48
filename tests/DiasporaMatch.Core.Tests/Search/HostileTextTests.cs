using DiasporaMatch.TestSupport;
using DiasporaMatch.Text;

namespace DiasporaMatch.Search;

public sealed class HostileTextTests : IAsyncLifetime
{
    private readonly SearchHarness _h = new();

    public async Task InitializeAsync() => await _h.AddAndIndexAsync(
        new ProfileBuilder("E-1").Skills("neonatal care").Build(),
        new ProfileBuilder("E-2").Skills("field value").With(p => p with { Occupation = "engineer", Summary = "value of fields" }).Build(),
        new ProfileBuilder("E-3").Skills("welding").With(p => p with { Occupation = "welder", Summary = "a and or not" }).Build());

    public Task DisposeAsync() => _h.DisposeAsync().AsTask();

    public static TheoryData<string> Hostile => new()
    {
        "*",
        "a AND (",
        "field:value",
        "neonatal~ care~2",
        "\\",
        "\"unterminated phrase",
        "+neonatal -care ^3 [a TO z] {x TO y} /re.*/ ?",
        "\u202Eneonatal\u202C \u200Fcare\u200E",
        "care \uD800 \uDC00 lone surrogates",
        new string('x', 100_000),
        string.Concat(Enumerable.Repeat("neonatal* ", 20_000)),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Match_HostileText_NeverThrowsAndEqualsTextWithoutSyntax(string text)
    {
        var hostile = await _h.MatchAsync(new NeedBuilder("N-H").With(n => n with { Title = text, Description = text, RequiredSkills = [text] }).Build());
        var plain = Strip(text);
        var clean = await _h.MatchAsync(new NeedBuilder("N-P").With(n => n with { Title = plain, Description = plain, RequiredSkills = [plain] }).Build());

        Assert.Equal(clean.Select(r => r.ExpertId), hostile.Select(r => r.ExpertId));
    }

    [Fact]
    public void Tokenise_LongText_IsCappedAndSafe()
    {
        var tokens = TextAnalysis.Tokenise(IndexFields.BodyText, string.Join(' ', Enumerable.Range(0, 50_000).Select(i => "w" + i)), 48);

        Assert.Equal(48, tokens.Count);
    }

    /// <summary>The text a user meant: every query-syntax and control character replaced by a space.</summary>
    private static string Strip(string text) =>
        new(text.Select(c => char.IsLetterOrDigit(c) && !char.IsSurrogate(c) ? c : ' ').ToArray());
}
