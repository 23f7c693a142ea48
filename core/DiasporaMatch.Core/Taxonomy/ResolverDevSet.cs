using System.Security.Cryptography;
using System.Text;

namespace DiasporaMatch.Taxonomy;

/// <summary>
/// The resolver's development set (docs/resolver-dev-set.md). Occupations and skills are split by concept,
/// never by label, into train and dev with a seeded hash of the URI; a query is an alternative label of a
/// dev concept passed through <see cref="TitleNoise"/>. The source labels are removed from
/// <see cref="Taxonomy"/>, the copy every method under comparison indexes, so no query is answered by
/// finding its own label.
/// </summary>
public sealed class ResolverDevSet
{
    public const int DefaultSeed = 20261204;
    public const double DevShare = 0.2;

    private ResolverDevSet(Taxonomy taxonomy, IReadOnlyList<ResolverQuery> queries, Func<string, bool> isDev)
    {
        Taxonomy = taxonomy;
        Queries = queries;
        IsDev = isDev;
    }

    /// <summary>The taxonomy without the labels the queries were made from.</summary>
    public Taxonomy Taxonomy { get; }

    public IReadOnlyList<ResolverQuery> Queries { get; }

    /// <summary>Whether a concept is in the dev split (else train): training may only use concepts for which this is false.</summary>
    public Func<string, bool> IsDev { get; }

    /// <summary>Up to <paramref name="perLanguage"/> queries per language, half occupations and half skills where the language has skills.</summary>
    public static ResolverDevSet Create(Taxonomy taxonomy, int perLanguage, int seed = DefaultSeed, bool fromTrainSplit = false, int? noiseSeed = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perLanguage);
        bool IsDev(string uri) => InDev(uri, seed);
        var random = new Random(noiseSeed ?? seed);
        var noise = new TitleNoise(noiseSeed ?? seed);
        var queries = new List<ResolverQuery>();
        var removed = new List<(string Uri, string Language, string Label)>();
        foreach (var language in taxonomy.Languages.Order(StringComparer.Ordinal))
        {
            var byKind = taxonomy.Concepts
                .Where(c => c.Kind is ConceptKind.Occupation or ConceptKind.Skill && IsDev(c.Uri) != fromTrainSplit && c.AltLabels.ContainsKey(language))
                .GroupBy(c => c.Kind)
                .OrderBy(g => g.Key)
                .ToArray();
            foreach (var group in byKind)
            {
                var share = perLanguage / byKind.Length;
                foreach (var concept in group.OrderBy(_ => random.Next()))
                {
                    if (share == 0)
                    {
                        break;
                    }

                    var alternatives = concept.AltLabels[language].Where(a => ResolverEvaluation.IsDistinct(concept, a)).ToArray();
                    if (alternatives.Length == 0)
                    {
                        continue;
                    }

                    var source = alternatives[random.Next(alternatives.Length)];
                    var others = concept.AltLabels[language].Where(a => a != source)
                        .Concat(concept.PreferredLabels.TryGetValue(language, out var preferred) ? [preferred] : [])
                        .ToArray();
                    var other = others.Length > 0 ? others[random.Next(others.Length)] : null;
                    queries.Add(new ResolverQuery(noise.Apply(source, language, concept.Kind, other), concept.Uri, concept.Kind, language));
                    removed.Add((concept.Uri, language, source));
                    share--;
                }
            }
        }

        var builder = TaxonomyBuilder.From(taxonomy);
        foreach (var (uri, language, label) in removed)
        {
            builder.RemoveAltLabel(uri, language, label);
        }

        return new ResolverDevSet(builder.Build(), queries, IsDev);
    }

    /// <summary>
    /// A hand-written title file: tab-separated title, concept URI (further columns and '#' lines are for
    /// readers). Every URI must be an occupation of <paramref name="taxonomy"/>: a wrong one would make the
    /// figures lie, so it fails loudly with its line number.
    /// </summary>
    public static IReadOnlyList<ResolverQuery> LoadTitles(string path, string language, Taxonomy taxonomy)
    {
        var queries = new List<ResolverQuery>();
        var number = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            var concept = cells.Length >= 2 ? taxonomy.Find(cells[1].Trim()) : null;
            if (concept is null || cells[0].Trim().Length == 0)
            {
                throw new InvalidDataException($"{path}:{number}: expected a title and a concept URI of the taxonomy, tab-separated");
            }

            queries.Add(new ResolverQuery(cells[0].Trim(), concept.Uri, concept.Kind, language));
        }

        return queries;
    }

    /// <summary>A hash of seed and URI rather than a shuffled list: a concept stays on its side when others are added or removed.</summary>
    private static bool InDev(string uri, int seed)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{uri}"), hash);
        return BitConverter.ToUInt32(hash) / (double)uint.MaxValue < DevShare;
    }
}
