using System.Text.Json;
using DiasporaMatch.Profiles;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;
using DiasporaMatch.Text;

namespace DiasporaMatch.Duplicates;

/// <summary>
/// Probable duplicate profiles: the same email (trimmed, case ignored) is one on its own; otherwise the names must be
/// close (folded words in any order, edit-distance similarity of at least <see cref="NameThreshold"/>) and at least
/// one other attribute must agree (country of residence, occupation, a skill, a sector, a language), since two
/// different people may share a common name. A pair staff marked distinct (<see cref="DistinctProfiles"/>) is never
/// flagged again, wherever detection runs (intake, import, on demand), since all of them ask here.
/// </summary>
public static class DuplicateFinder
{
    // Blocking keys: NameKey + a folded name word, EmailKey + a folded email.
    private const string NameKey = "n:";
    private const string EmailKey = "e:";

    public const double NameThreshold = 0.85;

    /// <summary>
    /// The probable duplicates of each of <paramref name="ids"/> among all stored profiles, best first. It reads every
    /// profile once, which suits a bulk import (whose new profiles are not indexed yet); one profile's check asks
    /// <see cref="FindAmongAsync"/> with the index's lookalikes instead.
    /// </summary>
    public static async Task<IReadOnlyList<ProbableDuplicate>> FindAsync(IDocumentStore store, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        const int MaxBlock = 200; // as many as one profile's check reads from the index (ProfileLookalikes)
        if (ids.Count == 0)
        {
            return [];
        }

        var profiles = new List<ExpertProfile>();
        await foreach (var document in store.ScanAsync(RecordKind.Profiles, cancellationToken))
        {
            profiles.Add(JsonSerializer.Deserialize<ExpertProfile>(document.Json.Span, RecordJson.Options)!);
        }

        // Candidates share an email or a folded name word: a close name shares at least one word unless the
        // name has a single word, and this keeps an import of thousands from comparing every pair.
        var byKey = new Dictionary<string, List<ExpertProfile>>(StringComparer.Ordinal);
        foreach (var profile in profiles)
        {
            foreach (var key in KeysOf(profile))
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                list.Add(profile);
            }
        }

        var distinct = await new DistinctProfiles(store).AllAsync(cancellationToken);
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        var found = new List<ProbableDuplicate>();
        foreach (var profile in profiles.Where(p => wanted.Contains(p.Id)))
        {
            // A name word most profiles share ("Mohamed", or "Person" in a generated file) blocks nothing: as a stop
            // word it is left out, or an import of thousands compares every pair (20,000 took minutes at full CPU).
            var candidates = KeysOf(profile).Where(key => key.StartsWith(EmailKey, StringComparison.Ordinal) || byKey[key].Count <= MaxBlock)
                .SelectMany(key => byKey[key]).DistinctBy(p => p.Id);
            foreach (var other in candidates)
            {
                // Each pair once: when both sides were asked for, the pair is reported from the smaller id.
                if (other.Id == profile.Id || (wanted.Contains(other.Id) && string.CompareOrdinal(other.Id, profile.Id) < 0)
                    || distinct.Contains(DistinctProfiles.Ordered(profile.Id, other.Id)))
                {
                    continue;
                }

                if (Compare(profile, other) is { } duplicate)
                {
                    found.Add(duplicate);
                }
            }
        }

        return BestFirst(found);
    }

    private static IReadOnlyList<ProbableDuplicate> BestFirst(IEnumerable<ProbableDuplicate> found) =>
        [.. found.OrderByDescending(d => d.Score).ThenBy(d => d.ExpertId, StringComparer.Ordinal).ThenBy(d => d.DuplicateOf, StringComparer.Ordinal)];

    private static async Task<ExpertProfile?> ReadAsync(IDocumentStore store, string id, CancellationToken cancellationToken) =>
        await store.GetAsync(RecordKind.Profiles, id, cancellationToken) is { } document
            ? JsonSerializer.Deserialize<ExpertProfile>(document.Json.Span, RecordJson.Options)
            : null;

    /// <summary>
    /// The probable duplicates of stored profile <paramref name="id"/> among <paramref name="candidateIds"/> (the
    /// profile index's lookalikes: same e-mail or close name), best first; the same rules as <see cref="FindAsync"/>.
    /// </summary>
    public static async Task<IReadOnlyList<ProbableDuplicate>> FindAmongAsync(IDocumentStore store, string id, IReadOnlyCollection<string> candidateIds, CancellationToken cancellationToken = default)
    {
        if (await ReadAsync(store, id, cancellationToken) is not { } profile)
        {
            return [];
        }

        var distinct = await new DistinctProfiles(store).AllAsync(cancellationToken);
        var found = new List<ProbableDuplicate>();
        foreach (var otherId in candidateIds.Where(c => c != id && !distinct.Contains(DistinctProfiles.Ordered(id, c))).Distinct(StringComparer.Ordinal))
        {
            if (await ReadAsync(store, otherId, cancellationToken) is { } other && Compare(profile, other) is { } duplicate)
            {
                found.Add(duplicate);
            }
        }

        return BestFirst(found);
    }

    /// <summary>Whether <paramref name="profile"/> probably duplicates <paramref name="other"/>, with the score and the fields that agree.</summary>
    public static ProbableDuplicate? Compare(ExpertProfile profile, ExpertProfile other)
    {
        var sameEmail = Email(profile.Email) is { } email && email == Email(other.Email);
        var name = NameSimilarity(profile.FullName, other.FullName);
        var fields = new List<string>();
        if (sameEmail)
        {
            fields.Add("email");
        }

        if (name >= NameThreshold)
        {
            fields.Add("fullName");
        }

        var attributes = new List<string>();
        if (profile.CountryOfResidence.Length > 0 && profile.CountryOfResidence == other.CountryOfResidence)
        {
            attributes.Add("countryOfResidence");
        }

        if (profile.Occupation is { Length: > 0 } occupation && FoldedKey(occupation) == FoldedKey(other.Occupation))
        {
            attributes.Add("occupation");
        }

        if (Overlaps(profile.Skills.Select(FoldedKey), other.Skills.Select(FoldedKey)))
        {
            attributes.Add("skills");
        }

        if (Overlaps(profile.Sectors, other.Sectors))
        {
            attributes.Add("sectors");
        }

        if (Overlaps(profile.Languages.Select(l => l.Code), other.Languages.Select(l => l.Code)))
        {
            attributes.Add("languages");
        }

        if (!sameEmail && (name < NameThreshold || attributes.Count == 0))
        {
            return null;
        }

        // The email alone is near-certain; a close name is as strong as it is close and as the attributes agree.
        var score = sameEmail ? Math.Max(0.9, name) : name * (0.6 + (0.4 * attributes.Count / 5.0));
        return new ProbableDuplicate(profile.Id, other.Id, Math.Round(Math.Min(score, 1.0), 3), [.. fields, .. attributes]);
    }

    /// <summary>1 for the same folded words in any order, down to 0 by edit distance over the longer name.</summary>
    public static double NameSimilarity(string a, string b)
    {
        var left = string.Join(' ', FoldedTokens.Of(a).Order(StringComparer.Ordinal));
        var right = string.Join(' ', FoldedTokens.Of(b).Order(StringComparer.Ordinal));
        if (left.Length == 0 || right.Length == 0)
        {
            return 0;
        }

        return 1.0 - ((double)Levenshtein(left, right) / Math.Max(left.Length, right.Length));
    }

    private static IEnumerable<string> KeysOf(ExpertProfile profile) =>
        FoldedTokens.Of(profile.FullName).Select(word => NameKey + word).Concat(Email(profile.Email) is { } email ? [EmailKey + email] : []).Distinct(StringComparer.Ordinal);

    internal static string? Email(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToUpperInvariant();

    private static string FoldedKey(string? text) => string.Join(' ', FoldedTokens.Of(text));

    private static bool Overlaps(IEnumerable<string> left, IEnumerable<string> right) =>
        left.Where(v => v.Length > 0).Intersect(right.Where(v => v.Length > 0), StringComparer.Ordinal).Any();

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
