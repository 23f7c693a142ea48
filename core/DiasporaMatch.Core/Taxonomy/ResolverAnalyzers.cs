using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace DiasporaMatch.Taxonomy;

/// <summary>
/// The analysers of the label index: one stemming analyser per supported language, a
/// language-neutral folding one (lower case, accents and Arabic letter variants removed) and
/// a character-trigram one over the folded words for typos. Lucene analysers are thread-safe.
/// </summary>
internal sealed class ResolverAnalyzers : IDisposable
{
    public const string FoldField = "fold";
    public const string GramField = "gram";
    public const string StemFieldPrefix = "stem_";
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly List<Analyzer> _owned = [];

    public ResolverAnalyzers(IEnumerable<string> languages)
    {
        Fold = Own(Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(tokenizer, FoldFilters(tokenizer));
        }));
        Grams = Own(Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(tokenizer, new NGramTokenFilter(Version, FoldFilters(tokenizer), 3, 3));
        }));
        var stemmers = new Dictionary<string, Analyzer>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            if (CreateStemmer(language) is { } analyzer)
            {
                stemmers[language] = Own(analyzer);
            }
        }

        Stemmers = stemmers;
        var perField = new Dictionary<string, Analyzer>(StringComparer.Ordinal) { [GramField] = Grams };
        foreach (var (language, analyzer) in stemmers)
        {
            perField[StemFieldPrefix + language] = analyzer;
        }

        Index = Own(new PerFieldAnalyzerWrapper(Fold, perField));
    }

    public Analyzer Fold { get; }

    public Analyzer Grams { get; }

    /// <summary>Languages with a stemming analyser, by ISO 639-1 code.</summary>
    public IReadOnlyDictionary<string, Analyzer> Stemmers { get; }

    /// <summary>The per-field analyser the index is written with.</summary>
    public Analyzer Index { get; }

    public static List<string> Tokens(Analyzer analyzer, string text, int max)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(FoldField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (tokens.Count < max && stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    public void Dispose()
    {
        foreach (var analyzer in _owned)
        {
            analyzer.Dispose();
        }
    }

    private static ArabicNormalizationFilter FoldFilters(Tokenizer tokenizer) =>
        new ArabicNormalizationFilter(new ASCIIFoldingFilter(new LowerCaseFilter(Version, tokenizer)));

    private static Analyzer? CreateStemmer(string language) => language switch
    {
        "en" => new EnglishAnalyzer(Version),
        "fr" => new FrenchAnalyzer(Version),
        "nl" => new DutchAnalyzer(Version),
        "ar" => new ArabicAnalyzer(Version),
        "de" => new GermanAnalyzer(Version),
        "es" => new SpanishAnalyzer(Version),
        "it" => new ItalianAnalyzer(Version),
        _ => null,
    };

    private T Own<T>(T analyzer)
        where T : Analyzer
    {
        _owned.Add(analyzer);
        return analyzer;
    }
}
