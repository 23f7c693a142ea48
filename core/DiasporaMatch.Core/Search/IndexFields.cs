namespace DiasporaMatch.Search;

/// <summary>Field names shared by the three indexes, so documents and queries cannot drift apart.</summary>
public static class IndexFields
{
    public const string Id = "id";

    /// <summary>Not a field: the commit user-data key the change-log cursor is stored under, beside the documents it covers.</summary>
    public const string CursorKey = "cursor";

    /// <summary>Compact facts the rankers read (one stored binary value), decoded once per segment.</summary>
    public const string Facts = "facts";

    /// <summary>
    /// The version of the stored document a profile's or need's entry was built from: while it is the stored one, its
    /// facts are the record's (<see cref="LuceneIndex{TFacts}.FactsOf(string, string)"/>), without resolving its phrases again.
    /// </summary>
    public const string Version = "version";

    /// <summary>Concepts plus their broader ancestors.</summary>
    public const string Concept = "concept";

    /// <summary>The resolved concepts themselves, so an exact concept match scores above an ancestor match.</summary>
    public const string ConceptDirect = "concept.direct";

    public const string OccupationText = "occupation.text";
    public const string SkillsText = "skills.text";

    /// <summary>Headline and summary of a profile; title and description of a need or opportunity.</summary>
    public const string BodyText = "body.text";

    /// <summary>Prefix of the per-language stemmed copies of all text (<c>all.fr</c>, <c>all.en</c>).</summary>
    public const string AllTextPrefix = "all.";

    /// <summary>Terms <c>fr</c> and <c>fr:B2</c>: one per level at or below the held level.</summary>
    public const string Language = "lang";

    public const string Consent = "consent";
    public const string Status = "status";
    public const string Country = "country";
    public const string Region = "region";
    public const string Sector = "sector";
    public const string RemoteOk = "remote";
    public const string Stage = "stage";

    /// <summary>
    /// Months (<c>2027-03</c>) touched by an availability range or a need's window. A window filter is an OR of
    /// its months over cached bitsets; the day-exact overlap is then checked on the candidate's facts.
    /// </summary>
    public const string AvailableMonth = "avail.month";

    /// <summary>A profile's duplicate-detection terms (<see cref="Duplicates.DuplicateKeys"/>): hashed e-mail, name trigrams.</summary>
    public const string DuplicateKey = "dup";

    /// <summary>Not a field: the commit user-data key of <see cref="Layout"/>.</summary>
    public const string LayoutKey = "layout";

    /// <summary>
    /// Not a field: the commit user-data key of the fingerprint of the taxonomy the entries' phrases were resolved with;
    /// an index resolved with another taxonomy (one imported since) is rebuilt like one of another layout.
    /// </summary>
    public const string TaxonomyKey = "taxonomy";

    /// <summary>
    /// What the documents hold, raised whenever a change to <see cref="SearchDocuments"/> needs every document
    /// rebuilt: an index committed with another layout is rebuilt from the store when the writer next catches up.
    /// </summary>
    public const string Layout = "5";

    /// <summary>Staff's profile list: each folded word of the profile's id, name, e-mail, occupation, headline and skills.</summary>
    public const string BrowseWord = "browse.word";

    /// <summary>Sort values of the staff's profile list (doc values): id and name as culture sort keys, years of experience.</summary>
    public const string BrowseId = "browse.id";
    public const string BrowseIdKey = "browse.id.key";
    public const string BrowseNameKey = "browse.name.key";
    public const string BrowseYears = "browse.years";

    public const string Yes = "yes";
    public const string No = "no";
}
