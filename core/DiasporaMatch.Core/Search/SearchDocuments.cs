using DiasporaMatch.Duplicates;
using DiasporaMatch.Facts;
using DiasporaMatch.Needs;
using DiasporaMatch.Normalisation;
using DiasporaMatch.Opportunities;
using DiasporaMatch.Profiles;
using DiasporaMatch.Text;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace DiasporaMatch.Search;

/// <summary>Builds the Lucene document of each record kind: filter terms, concept terms, analysed text, facts.</summary>
public static class SearchDocuments
{
    public static Document Profile(ExpertProfile profile, ExpertFacts facts, NormalisedTerms terms, LanguageTerms languages, string? version = null)
    {
        var doc = Start(profile.Id, FactsCodec.Encode(facts), version);
        AddConcepts(doc, terms);
        AddText(doc, IndexFields.OccupationText, profile.Occupation);
        foreach (var skill in facts.Skills)
        {
            AddText(doc, IndexFields.SkillsText, skill.Phrase);
        }

        AddText(doc, IndexFields.BodyText, profile.Headline);
        AddText(doc, IndexFields.BodyText, profile.Summary);
        AddAllText(doc, [profile.Occupation, profile.Headline, profile.Summary, .. facts.Skills.Select(s => s.Phrase)]);
        AddKeywords(doc, IndexFields.Language, facts.Languages.SelectMany(languages.Held));

        AddKeyword(doc, IndexFields.Consent, facts.Consent ? IndexFields.Yes : IndexFields.No);
        AddKeyword(doc, IndexFields.Country, facts.Country);
        AddKeyword(doc, IndexFields.RemoteOk, facts.RemoteOk ? IndexFields.Yes : IndexFields.No);
        AddKeywords(doc, IndexFields.Region, facts.Regions);
        AddKeywords(doc, IndexFields.Sector, facts.Sectors);
        AddAvailability(doc, facts.Availability);
        AddKeywords(doc, IndexFields.DuplicateKey, DuplicateKeys.Of(profile));
        AddBrowsing(doc, profile);
        return doc;
    }

    /// <summary>
    /// A need's document holds what <see cref="NeedRetriever"/> queries when needs are recommended to an expert;
    /// the rest of the need is read from its facts.
    /// </summary>
    public static Document Need(Need need, NeedFacts facts, NormalisedTerms terms, string? version = null)
    {
        var doc = Start(need.Id, FactsCodec.Encode(facts), version);
        AddConcepts(doc, terms);
        AddText(doc, IndexFields.OccupationText, need.Occupation);
        foreach (var skill in facts.RequiredSkills.Concat(facts.OptionalSkills))
        {
            AddText(doc, IndexFields.SkillsText, skill.Phrase);
        }

        AddText(doc, IndexFields.BodyText, need.Title);
        AddText(doc, IndexFields.BodyText, need.Description);
        AddKeyword(doc, IndexFields.Status, need.Status);
        AddKeyword(doc, IndexFields.Region, need.Region);
        AddKeyword(doc, IndexFields.Sector, need.Sector);
        return doc;
    }

    /// <summary>An opportunity's document holds what <see cref="OpportunityRetriever"/> queries.</summary>
    public static Document Opportunity(Opportunity opportunity, OpportunityFacts facts)
    {
        var doc = Start(opportunity.Id, FactsCodec.Encode(facts));
        AddKeyword(doc, IndexFields.Status, opportunity.Status);
        AddKeyword(doc, IndexFields.Region, opportunity.Region);
        AddKeyword(doc, IndexFields.Sector, opportunity.Sector);
        AddKeyword(doc, IndexFields.Stage, opportunity.Stage);
        return doc;
    }

    /// <param name="version">The stored document's version, when the entry is built from one (<see cref="IndexFields.Version"/>).</param>
    private static Document Start(string id, byte[] facts, string? version = null)
    {
        Document doc =
        [
            new StringField(IndexFields.Id, id, Field.Store.NO),
            new StoredField(IndexFields.Facts, facts),
        ];
        if (version is not null)
        {
            doc.Add(new StoredField(IndexFields.Version, version));
        }

        return doc;
    }

    /// <summary>What <see cref="ProfileBrowser"/> filters and sorts on, as the staff list shows the profile.</summary>
    private static void AddBrowsing(Document doc, ExpertProfile profile)
    {
        var words = new[] { profile.Id, profile.FullName, profile.Email, profile.Occupation, profile.Headline }.Concat(profile.Skills)
            .SelectMany(FoldedTokens.Of)
            .Distinct(StringComparer.Ordinal);
        AddKeywords(doc, IndexFields.BrowseWord, words);
        doc.Add(new SortedDocValuesField(IndexFields.BrowseId, new BytesRef(profile.Id)));
        doc.Add(new SortedDocValuesField(IndexFields.BrowseIdKey, new BytesRef(ProfileBrowser.SortKey(profile.Id))));
        doc.Add(new SortedDocValuesField(IndexFields.BrowseNameKey, new BytesRef(ProfileBrowser.SortKey(profile.FullName))));
        if (profile.YearsExperience is { } years)
        {
            doc.Add(new NumericDocValuesField(IndexFields.BrowseYears, years));
        }
    }

    private static void AddConcepts(Document doc, NormalisedTerms terms)
    {
        AddKeywords(doc, IndexFields.Concept, terms.ExpandedUris.Distinct(StringComparer.Ordinal));
        AddKeywords(doc, IndexFields.ConceptDirect, terms.Skills.Select(s => s.Uri).Append(terms.Occupation?.Uri).OfType<string>().Distinct(StringComparer.Ordinal));
    }

    private static void AddAllText(Document doc, IEnumerable<string?> texts)
    {
        var all = string.Join(" \n ", texts.OfType<string>());
        foreach (var language in TextAnalysis.Languages)
        {
            AddText(doc, TextAnalysis.LanguageField(language), all);
        }
    }

    private static void AddText(Document doc, string field, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            doc.Add(new TextField(field, text.Length > TextCleaner.MaxWordsChars ? text[..TextCleaner.MaxWordsChars] : text, Field.Store.NO));
        }
    }

    private static void AddKeyword(Document doc, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            doc.Add(new StringField(field, value, Field.Store.NO));
        }
    }

    private static void AddKeywords(Document doc, string field, IEnumerable<string> values)
    {
        if (KeywordsField.Of(field, values) is { } keywords)
        {
            doc.Add(keywords);
        }
    }

    private static void AddAvailability(Document doc, IReadOnlyList<DateRange> ranges)
    {
        AddKeywords(doc, IndexFields.AvailableMonth, ranges.SelectMany(AvailabilityMonths.Of).Distinct(StringComparer.Ordinal));
    }
}
