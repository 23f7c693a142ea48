using System.Collections.Concurrent;
using DiasporaMatch.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace DiasporaMatch.Taxonomy;

/// <summary>
/// Resolves a phrase in any supported language to ranked taxonomy concepts.
/// <para>
/// Every label (preferred, alternative, hidden, and both halves of gendered occupation titles such as
/// "infirmier/infirmière") is a document of an in-memory Lucene index with a stemmed field per language
/// and a folded field (lower case, no accents, Arabic letter variants unified), and a TF-IDF vector of
/// character 3- and 4-grams of its folded form (<see cref="GramIndex"/>). A phrase is first cleaned of what
/// titles add (<see cref="TitleCleaner"/>: gender markers, contract and seniority words, asides,
/// abbreviations) and split when it joins two titles; each variant gathers candidates from Lucene (a query
/// built term by term: user text is never parsed as query syntax) and from the gram postings of its
/// kind, per language (the others' closest few too, and their exact labels, when a language is given). Each
/// candidate label is scored in 0..1: 1 when a folded variant equals the folded label, else 0.95 × (0.2 × word
/// overlap + 0.8 × gram cosine), where word overlap is the better of the Dice coefficients over folded words and
/// over stems. A concept takes the score of its best label over all variants. Ties go to preferred labels, then to
/// Lucene's score. With a <see cref="ResolverModel"/>, the 20 most
/// similar concepts are then re-ordered by it (<see cref="ResolverFeatures"/>: the parts of the similarity, rare-word
/// coverage both ways, and the concept's labels in the other languages); the similarity stays the confidence.
/// </para>
/// Thread-safe: build once, resolve from any number of threads.
/// </summary>
public sealed class ConceptResolver : IDisposable
{
    private const string KindField = "kind";
    private const string LanguageField = "lang";
    private const string ExactField = "exact";
    private const string OrdinalField = "ord";
    private const int MaxTokens = 32;
    private const double ExactBoost = 20;
    private const int CommonWordShare = 200;
    private const int CommonWordMinimum = 50;

    // Chosen on the noisy dev set (docs/resolver-dev-set.md) among 0.5/0.3/0.2/0: character grams carry Dutch
    // compounds and typos, words keep stems and word order-free matches.
    private const double WordWeight = 0.2;

    // Concepts gathered per variant and channel: what the re-ranker chooses among.
    private const int Candidates = 40;

    // Concepts the gram channel brings from each language other than the phrase's (from each language when it is not
    // known), read separately so one language's common grams do not use up another's reading budget. Titles borrow
    // words ("office manager" in a Dutch posting) and cognates carry over: noisy dev MRR@10 en/fr/nl, given the
    // language, 0.799/0.812/0.727 → 0.801/0.817/0.744; without, 0.791/0.812/0.744 → 0.798/0.816/0.750.
    private const int OtherLanguageCandidates = 20;

    // The re-ranker orders the best 20 by similarity: the right concept is rarely below, and features cost per candidate.
    private const int ReRanked = 20;

    private readonly Taxonomy _taxonomy;
    private readonly ResolverAnalyzers _analyzers;
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly LabelEntry[] _entries;
    private readonly int[] _entryOfDoc;
    private readonly GramIndex _grams;
    private readonly Dictionary<(ConceptKind Kind, string Language), int> _partitions;
    private readonly HashSet<string> _languages;
    private readonly ConcurrentDictionary<(ConceptKind? Kind, string? Language), Filter> _filters = new();
    private readonly Dictionary<string, double> _idf;
    private readonly Dictionary<string, int[]> _labelsOfConcept;
    private readonly ResolverModel? _model;

    /// <param name="model">The learned re-ranker; without one, candidates keep the similarity's order.</param>
    /// <param name="labelIndexFolder">Where the label index is kept between processes (<see cref="LabelIndexFolder"/>); null
    /// builds it in memory.</param>
    public ConceptResolver(Taxonomy taxonomy, ResolverModel? model = null, string? labelIndexFolder = null)
    {
        _taxonomy = taxonomy;
        _model = model;
        _languages = new HashSet<string>(taxonomy.Languages, StringComparer.Ordinal);
        _analyzers = new ResolverAnalyzers(taxonomy.Languages);
        _entries = CreateEntries(taxonomy, _analyzers).ToArray();
        if (labelIndexFolder is null)
        {
            _directory = new RAMDirectory();
            WriteIndex(_directory);
        }
        else
        {
            _directory = LabelIndexFolder.OpenOrBuild(labelIndexFolder, LabelIndexFolder.Key(_entries), WriteIndex);
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
        _entryOfDoc = MapDocuments(_reader);
        _partitions = _entries.Select(e => (e.Kind, e.Language)).Distinct().Order().Select((key, i) => (key, i)).ToDictionary(p => p.key, p => p.i);
        _labelsOfConcept = Enumerable.Range(0, _entries.Length).GroupBy(i => _entries[i].Uri).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _idf = _entries.SelectMany(e => e.FoldedTokens.Distinct()).GroupBy(w => w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Log((double)_entries.Length / (1 + g.Count())), StringComparer.Ordinal);
        _grams = new GramIndex(_entries.Select(e => e.Folded).ToArray(), _entries.Select(e => _partitions[(e.Kind, e.Language)]).ToArray());
    }

    public Taxonomy Taxonomy => _taxonomy;

    /// <summary>The number of indexed labels.</summary>
    public int LabelCount => _entries.Length;

    /// <summary>
    /// The best concepts for <paramref name="text"/>, best first. A concept URI of the taxonomy comes back
    /// as itself with score 1. <paramref name="language"/> searches labels in that language, and a few concepts whose
    /// labels in the others are closest by character grams, when the taxonomy has any (an unknown language searches
    /// all). Never throws for any text.
    /// </summary>
    public IReadOnlyList<ConceptMatch> Resolve(string text, ConceptKind? kind = null, string? language = null, int top = 10)
    {
        if (top <= 0 || string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        language = KnownLanguage(language);
        var passthrough = _taxonomy.Find(text.Trim());
        if (passthrough is not null)
        {
            return kind is null || passthrough.Kind == kind
                ? [new ConceptMatch(passthrough.Uri, passthrough.Label(language), LabelLanguage(passthrough, language), 1.0)]
                : [];
        }

        var ranked = Rank(Gather(text, kind, language, Math.Max(Candidates, top * 4)));
        return ranked
            .Take(top)
            .Select(c => new ConceptMatch(c.Entry.Uri, c.Entry.Label, c.Entry.Language, Math.Round(c.Score, 4)))
            .ToArray();
    }

    /// <summary>
    /// The first candidate concepts of <paramref name="text"/> in the similarity's order, each with the features the
    /// re-ranker reads (<see cref="ResolverFeatures"/>): what <see cref="ResolverModel"/> is trained on. Concept
    /// URIs given as text are not candidates (they pass through <see cref="Resolve"/> unranked).
    /// </summary>
    public IReadOnlyList<(string Uri, float[] Features)> CandidateFeatures(string text, ConceptKind? kind, string? language)
    {
        var ordered = BySimilarity(Gather(text, kind, KnownLanguage(language), Candidates)).Take(ReRanked).ToArray();
        var rows = Features(ordered);
        return ordered.Select((c, i) => (c.Entry.Uri, rows.AsSpan(i * ResolverFeatures.Count, ResolverFeatures.Count).ToArray())).ToArray();
    }

    /// <summary>The language in lower case when the taxonomy has labels in it; null (every language) otherwise.</summary>
    private string? KnownLanguage(string? language) =>
        language?.Trim().ToLowerInvariant() is { } known && _languages.Contains(known) ? known : null;

    private static Candidate[] BySimilarity(Dictionary<string, Candidate> found) =>
        found.Values
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.Entry.Preferred)
            .ThenByDescending(c => c.Lucene)
            .ThenBy(c => c.Entry.Uri, StringComparer.Ordinal)
            .ToArray();

    /// <summary>
    /// Candidates by similarity, the first <see cref="ReRanked"/> then (with a model) re-ordered by it; the similarity
    /// stays their confidence.
    /// </summary>
    private Candidate[] Rank(Dictionary<string, Candidate> found)
    {
        var ordered = BySimilarity(found);

        // A phrase that is one concept's label, and no other's, leaves nothing in doubt to re-order.
        if (_model is null || ordered.Length < 2 || (ordered[0].Score >= 1 && ordered[1].Score < 1))
        {
            return ordered;
        }

        var head = ordered[..Math.Min(ReRanked, ordered.Length)];
        var scores = new double[head.Length];
        _model.Score(Features(head), scores);
        return [.. Enumerable.Range(0, head.Length).OrderByDescending(i => scores[i]).ThenBy(i => i).Select(i => head[i]), .. ordered[head.Length..]];
    }

    /// <summary>One row of <see cref="ResolverFeatures"/> per candidate, flat.</summary>
    private float[] Features(Candidate[] candidates)
    {
        var rows = new float[candidates.Length * ResolverFeatures.Count];
        var maxLucene = Math.Max(1e-6f, candidates.Select(c => c.MaxLucene).DefaultIfEmpty().Max());
        for (var i = 0; i < candidates.Length; i++)
        {
            var c = candidates[i];
            var query = c.Phrase!.FoldedTokens;
            var label = c.Entry.FoldedTokens;
            var row = rows.AsSpan(i * ResolverFeatures.Count, ResolverFeatures.Count);
            row[ResolverFeatures.Similarity] = (float)c.Score;
            row[ResolverFeatures.GramCosine] = (float)c.Cosine;
            row[ResolverFeatures.WordDice] = (float)c.Words;
            row[ResolverFeatures.StemDice] = (float)c.Stems;
            row[ResolverFeatures.Preferred] = c.Entry.Preferred ? 1 : 0;
            row[ResolverFeatures.LuceneShare] = c.MaxLucene / maxLucene;
            row[ResolverFeatures.LabelsFound] = c.Labels.Count;
            row[ResolverFeatures.QueryCovered] = (float)LabelSimilarity.WeightShare(query, label, Idf);
            row[ResolverFeatures.LabelCovered] = (float)LabelSimilarity.WeightShare(label, query, Idf);
            row[ResolverFeatures.LengthRatio] = (float)label.Length / query.Length;
            row[ResolverFeatures.ConceptLabels] = (float)Math.Log(1 + _labelsOfConcept[c.Entry.Uri].Length);
            row[ResolverFeatures.Occupation] = c.Entry.Kind == ConceptKind.Occupation ? 1 : 0;
            row[ResolverFeatures.Exact] = c.Score >= 1 ? 1 : 0;
            row[ResolverFeatures.FirstWordEqual] = label.Length > 0 && query[0] == label[0] ? 1 : 0;
            row[ResolverFeatures.LastWordEqual] = label.Length > 0 && query[^1] == label[^1] ? 1 : 0;
            row[ResolverFeatures.OtherLanguageCosine] = (float)OtherLanguageCosine(c);
        }

        return rows;
    }

    /// <summary>
    /// The best gram cosine between the phrase and the concept's labels in the other languages: cognates and
    /// borrowed words ("software tester" in a Dutch title) are evidence the phrase's own language may not hold.
    /// </summary>
    private double OtherLanguageCosine(Candidate candidate)
    {
        var best = 0.0;
        foreach (var label in _labelsOfConcept[candidate.Entry.Uri])
        {
            if (_entries[label].Language != candidate.Entry.Language)
            {
                best = Math.Max(best, _grams.Cosine(candidate.Phrase!.Grams, label));
            }
        }

        return best;
    }

    private double Idf(string word) => _idf.TryGetValue(word, out var idf) ? idf : Math.Log(_entries.Length);

    private Dictionary<string, Candidate> Gather(string text, ConceptKind? kind, string? language, int candidates)
    {
        // Each variant of the title (cleaned, and each part of a joined title) is resolved; a concept keeps its best.
        var best = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var filter = FilterFor(kind, language);
        var gramLanguages = _partitions.Where(p => kind is null || p.Key.Kind == kind).GroupBy(p => p.Key.Language, p => p.Value)
            .Select(g => (Parts: g.ToArray(), Count: g.Key == language ? candidates : OtherLanguageCandidates))
            .ToArray();
        foreach (var variant in TitleCleaner.Variants(TextCleaner.Clean(text, CleanMode.Phrase), language))
        {
            var phrase = Phrase.Analyse(variant, _analyzers, language, _grams);
            if (phrase.FoldedTokens.Length == 0)
            {
                continue;
            }

            foreach (var hit in _searcher.Search(WordQuery(phrase), filter, candidates).ScoreDocs)
            {
                Keep(_entryOfDoc[hit.Doc], phrase, hit.Score, best);
            }

            foreach (var label in _grams.Candidates(phrase.Grams, gramLanguages))
            {
                Keep(label, phrase, 0, best);
            }

            if (language is not null)
            {
                // The phrase as another language's label.
                foreach (var hit in _searcher.Search(new TermQuery(new Term(ExactField, phrase.Folded)), FilterFor(kind, null), OtherLanguageCandidates).ScoreDocs)
                {
                    Keep(_entryOfDoc[hit.Doc], phrase, 0, best);
                }
            }
        }

        return best;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzers.Dispose();
    }

    private static string LabelLanguage(Concept concept, string? language) =>
        language is not null && concept.PreferredLabels.ContainsKey(language) ? language
        : concept.PreferredLabels.ContainsKey("en") ? "en"
        : concept.PreferredLabels.Keys.FirstOrDefault() ?? string.Empty;

    private static IEnumerable<LabelEntry> CreateEntries(Taxonomy taxonomy, ResolverAnalyzers analyzers)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var concept in taxonomy.Concepts)
        {
            var languages = concept.PreferredLabels.Keys.Union(concept.AltLabels.Keys).Order(StringComparer.Ordinal);
            foreach (var language in languages)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var labels = new List<(string Label, bool Preferred)>();
                if (concept.PreferredLabels.TryGetValue(language, out var preferred))
                {
                    labels.Add((preferred, true));
                }

                if (concept.AltLabels.TryGetValue(language, out var alts))
                {
                    labels.AddRange(alts.Select(a => (a, false)));
                }

                // Gendered titles ("directeur technique/directrice technique") are indexed whole and per half;
                // halves of the preferred label come before alternatives so a repeat keeps the preferred flag.
                if (concept.Kind is ConceptKind.Occupation or ConceptKind.IscoGroup)
                {
                    var halves = labels.SelectMany(l => LabelLists.GenderedForms(l.Label).Select(g => (g, l.Preferred))).ToArray();
                    labels.InsertRange(1, halves.Where(h => h.Preferred));
                    labels.AddRange(halves.Where(h => !h.Preferred));
                }

                foreach (var (label, isPreferred) in labels)
                {
                    var entry = Phrase.Entry(concept, language, label, isPreferred, analyzers, words);
                    if (entry.Folded.Length > 0 && seen.Add(entry.Folded))
                    {
                        yield return entry;
                    }
                }
            }
        }
    }

    private static int[] MapDocuments(DirectoryReader reader)
    {
        var map = new int[reader.MaxDoc];
        foreach (var leaf in reader.Leaves)
        {
            var ordinals = leaf.AtomicReader.GetNumericDocValues(OrdinalField);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                map[leaf.DocBase + doc] = (int)ordinals.Get(doc);
            }
        }

        return map;
    }

    private void WriteIndex(Lucene.Net.Store.Directory directory)
    {
        var config = new IndexWriterConfig(ResolverAnalyzers.Version, _analyzers.Index)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
        };
        using var writer = new IndexWriter(directory, config);
        for (var i = 0; i < _entries.Length; i++)
        {
            var entry = _entries[i];
            var document = new Document
            {
                new NumericDocValuesField(OrdinalField, i),
                new StringField(KindField, entry.Kind.ToString(), Field.Store.NO),
                new StringField(LanguageField, entry.Language, Field.Store.NO),
                new StringField(ExactField, entry.Folded, Field.Store.NO),
                new TextField(ResolverAnalyzers.FoldField, entry.Label, Field.Store.NO),
            };
            if (_analyzers.Stemmers.ContainsKey(entry.Language))
            {
                document.Add(new TextField(ResolverAnalyzers.StemFieldPrefix + entry.Language, entry.Label, Field.Store.NO));
            }

            writer.AddDocument(document);
        }

        writer.ForceMerge(1);
        writer.Commit();
    }

    private BooleanQuery WordQuery(Phrase phrase)
    {
        var text = new BooleanQuery
        {
            { new TermQuery(new Term(ExactField, phrase.Folded)) { Boost = (float)ExactBoost }, Occur.SHOULD },
        };

        AddSelective(text, ResolverAnalyzers.FoldField, phrase.FoldedTokens);
        foreach (var (stemLanguage, stems) in phrase.Stems)
        {
            AddSelective(text, ResolverAnalyzers.StemFieldPrefix + stemLanguage, stems);
        }

        return text;
    }

    /// <summary>
    /// Adds the words of a field, leaving out those in a large share of labels ("de", "and"): they
    /// cost the most to search and barely discriminate, and the reranker still counts them.
    /// The rarest word is always kept so a phrase of common words still finds candidates.
    /// </summary>
    private void AddSelective(BooleanQuery text, string field, IReadOnlyList<string> words)
    {
        var frequencies = Lookup(field, words).OrderBy(t => t.Context.DocFreq).ToList();
        var limit = Math.Max(CommonWordMinimum, _entries.Length / CommonWordShare);
        var kept = frequencies.Where((t, i) => i == 0 || t.Context.DocFreq <= limit).ToList();
        if (kept.Count > 0)
        {
            var query = new BooleanQuery(disableCoord: false);
            foreach (var (term, context) in kept)
            {
                query.Add(new TermQuery(term, context), Occur.SHOULD);
            }

            text.Add(query, Occur.SHOULD);
        }
    }

    /// <summary>
    /// The words of a field the labels hold, each with its TermContext: the frequency chosen on in <see cref="AddSelective"/>,
    /// and it spares the query's weight a second seek. One terms enumerator per segment serves every word:
    /// <see cref="TermContext.Build"/> opens one per word, and each allocates its own seek buffers.
    /// </summary>
    private List<(Term Term, TermContext Context)> Lookup(string field, IReadOnlyList<string> words)
    {
        var enumerators = new List<(int Ord, TermsEnum Terms)>();
        foreach (var leaf in _reader.Leaves)
        {
            if (leaf.AtomicReader.GetTerms(field) is { } terms)
            {
                enumerators.Add((leaf.Ord, terms.GetEnumerator()));
            }
        }

        var found = new List<(Term, TermContext)>();
        foreach (var word in words.Distinct(StringComparer.Ordinal))
        {
            var term = new Term(field, word);
            var context = new TermContext(_reader.Context);
            foreach (var (ord, terms) in enumerators)
            {
                if (terms.SeekExact(term.Bytes))
                {
                    context.Register(terms.GetTermState(), ord, terms.DocFreq, terms.TotalTermFreq);
                }
            }

            if (context.DocFreq > 0)
            {
                found.Add((term, context));
            }
        }

        return found;
    }

    /// <summary>Kind and language restrictions as cached bit sets: cheaper than extra required clauses.</summary>
    private Filter? FilterFor(ConceptKind? kind, string? language)
    {
        if (kind is null && language is null)
        {
            return null;
        }

        return _filters.GetOrAdd((kind, language), key =>
        {
            var query = new BooleanQuery();
            if (key.Kind is not null)
            {
                query.Add(new TermQuery(new Term(KindField, key.Kind.Value.ToString())), Occur.MUST);
            }

            if (key.Language is not null)
            {
                query.Add(new TermQuery(new Term(LanguageField, key.Language)), Occur.MUST);
            }

            return new CachingWrapperFilter(new QueryWrapperFilter(query));
        });
    }

    private void Keep(int label, Phrase phrase, float lucene, Dictionary<string, Candidate> best)
    {
        var entry = _entries[label];
        var (score, cosine, words, stems) = phrase.ScoreAgainst(entry, label, _grams);
        if (!best.TryGetValue(entry.Uri, out var current))
        {
            current = new Candidate { Entry = entry, Score = -1 };
            best[entry.Uri] = current;
        }

        if (!current.Labels.Contains(label))
        {
            current.Labels.Add(label);
        }

        current.MaxLucene = Math.Max(current.MaxLucene, lucene);
        if (score > current.Score
            || (score == current.Score && entry.Preferred && !current.Entry.Preferred)
            || (score == current.Score && entry.Preferred == current.Entry.Preferred && lucene > current.Lucene))
        {
            current.Entry = entry;
            current.Score = score;
            current.Lucene = lucene;
            current.Phrase = phrase;
            current.Cosine = cosine;
            current.Words = words;
            current.Stems = stems;
        }
    }

    private sealed class Candidate
    {
        public required LabelEntry Entry { get; set; }

        public double Score { get; set; }

        public float Lucene { get; set; }

        public float MaxLucene { get; set; }

        public Phrase? Phrase { get; set; }

        public double Cosine { get; set; }

        public double Words { get; set; }

        public double Stems { get; set; }

        public List<int> Labels { get; } = [];
    }

    /// <summary>A phrase or label analysed in every way the resolver compares them.</summary>
    private sealed class Phrase
    {
        private readonly string[] _distinctTokens;

        private Phrase(
            string folded, string[] foldedTokens, Dictionary<string, string[]> stems, GramIndex.Vector grams)
        {
            Folded = folded;
            FoldedTokens = foldedTokens;
            _distinctTokens = [.. foldedTokens.Distinct(StringComparer.Ordinal)];
            Stems = stems;
            Grams = grams;
        }

        /// <summary>The phrase folded; equal to a label's, it is an exact match (the halves of "Ingenieur/Ingenieurin" are variants of their own, <see cref="TitleCleaner"/>).</summary>
        public string Folded { get; }

        public string[] FoldedTokens { get; }

        /// <summary>Each language's stems of the phrase, each stem once.</summary>
        public Dictionary<string, string[]> Stems { get; }

        public GramIndex.Vector Grams { get; }

        public static Phrase Analyse(string text, ResolverAnalyzers analyzers, string? language, GramIndex grams)
        {
            string[] tokens = [.. ResolverAnalyzers.Tokens(analyzers.Fold, text, MaxTokens)];
            var stems = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var (stemLanguage, analyzer) in analyzers.Stemmers)
            {
                if (language is null || language == stemLanguage)
                {
                    stems[stemLanguage] = [.. ResolverAnalyzers.Tokens(analyzer, text, MaxTokens).Distinct(StringComparer.Ordinal)];
                }
            }

            var folded = string.Join(' ', tokens);
            return new Phrase(folded, tokens, stems, grams.Of(folded));
        }

        public static LabelEntry Entry(
            Concept concept, string language, string label, bool preferred, ResolverAnalyzers analyzers, Dictionary<string, string> words)
        {
            var tokens = ResolverAnalyzers.Tokens(analyzers.Fold, label, int.MaxValue);
            var stems = analyzers.Stemmers.TryGetValue(language, out var stemmer)
                ? ResolverAnalyzers.Tokens(stemmer, label, int.MaxValue)
                : tokens;
            return new LabelEntry(
                concept.Uri,
                concept.Kind,
                language,
                label,
                preferred,
                string.Join(' ', tokens),
                Intern(tokens, words),
                Intern(stems, words));
        }

        public (double Score, double Cosine, double Words, double Stems) ScoreAgainst(LabelEntry entry, int label, GramIndex grams)
        {
            var folded = LabelSimilarity.Dice(_distinctTokens, entry.FoldedTokens);
            var stemmed = Stems.TryGetValue(entry.Language, out var stems) ? LabelSimilarity.Dice(stems, entry.Stems) : folded;
            var cosine = grams.Cosine(Grams, label);
            if (string.Equals(Folded, entry.Folded, StringComparison.Ordinal))
            {
                return (1.0, cosine, folded, stemmed);
            }

            var words = Math.Max(folded, stemmed);
            return (0.95 * ((WordWeight * words) + ((1 - WordWeight) * cosine)), cosine, folded, stemmed);
        }

        // Labels repeat the same words thousands of times: one string per distinct word keeps the index small.
        private static string[] Intern(List<string> tokens, Dictionary<string, string> words)
        {
            var interned = new string[tokens.Count];
            for (var i = 0; i < interned.Length; i++)
            {
                if (!words.TryGetValue(tokens[i], out var word))
                {
                    word = tokens[i];
                    words.Add(word, word);
                }

                interned[i] = word;
            }

            return interned;
        }
    }
}
