using DiasporaMatch.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace DiasporaMatch.Text;

/// <summary>
/// The analyzers of every text field. Text language is rarely declared, so each text is indexed once through a
/// language-neutral chain (standard tokens, lower case, ASCII folding, a union of stop words) and once per
/// supported language with that language's stemmer; a query is tokenised the same way per field.
/// </summary>
public static class TextAnalysis
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Languages with their own stemmed field, which a query searches when the text's language is not declared:
    /// the programme's working languages. Every stemmed field doubles the text postings walked per query and the
    /// work of indexing a profile, so a language is added here only with a query that uses it.
    /// </summary>
    public static IReadOnlyList<string> Languages { get; } = ["fr", "en"];

    public static Analyzer Neutral { get; } = CreateNeutral();

    /// <summary>Per-field analyzer for index writers: neutral text fields, stemmed <c>all.xx</c> fields.</summary>
    public static Analyzer PerField { get; } = new PerFieldAnalyzerWrapper(
        Neutral,
        Languages.ToDictionary(l => IndexFields.AllTextPrefix + l, ForLanguage));

    public static string LanguageField(string language) => IndexFields.AllTextPrefix + language;

    /// <summary>
    /// Distinct tokens of <paramref name="text"/> as the field's analyzer sees them, at most <paramref name="max"/>.
    /// The text is cleaned by <see cref="TextCleaner"/> first, so query syntax is only ever plain text.
    /// </summary>
    public static IReadOnlyList<string> Tokenise(string field, string? text, int max)
    {
        var clean = TextCleaner.Clean(text, CleanMode.Words);
        if (clean.Length == 0)
        {
            return [];
        }

        var tokens = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var stream = PerField.GetTokenStream(field, new StringReader(clean));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (tokens.Count < max && stream.IncrementToken())
        {
            var token = term.ToString();
            if (seen.Add(token))
            {
                tokens.Add(token);
            }
        }

        stream.End();
        return tokens;
    }

    private static Analyzer ForLanguage(string language) => language switch
    {
        "fr" => new FrenchAnalyzer(Version),
        "en" => new EnglishAnalyzer(Version),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "no analyzer for this language"),
    };

    private static Analyzer CreateNeutral()
    {
        // Stop words of every supported language: "de", "the", "van" carry no meaning in any of them and would
        // make the neutral field's postings the longest in the index.
        var stops = new CharArraySet(Version, 512, ignoreCase: true);
        stops.UnionWith(FrenchAnalyzer.DefaultStopSet);
        stops.UnionWith(EnglishAnalyzer.DefaultStopSet);
        stops.UnionWith(DutchAnalyzer.DefaultStopSet);
        stops.UnionWith(SpanishAnalyzer.DefaultStopSet);
        return Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, source);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(Version, stream, stops);
            return new TokenStreamComponents(source, stream);
        });
    }
}
