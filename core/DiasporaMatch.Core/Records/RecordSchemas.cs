using System.Text.Json;
using DiasporaMatch.Reference;
using DiasporaMatch.Text;
using DiasporaMatch.Validation;

namespace DiasporaMatch.Records;

/// <summary>The field rules of every record kind of CONTRACT.md, with limits that keep one record small.</summary>
public sealed class RecordSchemas
{
    public const int MaxShortText = 200;

    /// <summary>
    /// Occupations, titles and skill phrases: as long as the resolver reads (ESCO's longest preferred label has
    /// 202 characters), so a profile or need written with any taxonomy label is accepted.
    /// </summary>
    public const int MaxLabelText = TextCleaner.MaxPhraseChars;
    public const int MaxLongText = 20_000;
    public const int MaxListItems = 100;

    /// <summary>The values of a profile's optional self-declared gender (monitoring only: see <c>ExpertProfile.Gender</c>).</summary>
    public static readonly IReadOnlyList<string> Genders = ["female", "male", "other"];

    private readonly Dictionary<string, ObjectRule> _byKind;

    public RecordSchemas(ReferenceData reference)
    {
        var country = new CodeRule("an ISO 3166-1 alpha-2 country code", reference.Countries.Contains);
        var region = new CodeRule("a known region code (ISO 3166-2, e.g. MA-01)", reference.IsRegion);
        var sector = new CodeRule($"a sector ({string.Join(", ", reference.Sectors.Order(StringComparer.Ordinal))})", reference.Sectors.Contains);
        var stage = new CodeRule($"an investment stage ({string.Join(", ", Vocabulary.InvestmentStages)})", Vocabulary.InvestmentStages);
        var status = new CodeRule("a status (open, closed)", Vocabulary.ItemStatuses);
        var needStatus = new CodeRule($"a status ({string.Join(", ", Vocabulary.NeedStatuses)})", Vocabulary.NeedStatuses);
        var id = new StringRule(TextChecks.MaxIdLength, check: TextChecks.CheckId, checkCode: "notId");
        var shortText = new StringRule(MaxShortText);
        var longText = new StringRule(MaxLongText, multiline: true, minLength: 0);
        var label = new StringRule(MaxLabelText);
        var skills = new ArrayRule(label, MaxListItems);
        var supports = new ArrayRule(shortText, MaxListItems);
        var date = new StringRule(10, check: TextChecks.CheckDate, checkCode: "notDate");
        var range = new ObjectRule().Required("from", date).Required("to", date).Check(CheckRangeOrder);
        var language = new ObjectRule()
            .Required("code", new CodeRule("an ISO 639-1 language code", reference.Languages.Contains))
            .Optional("level", new CodeRule($"a CEFR level ({string.Join(", ", reference.CefrLevels)})", reference.CefrLevels));
        var languages = new ArrayRule(language, 20);
        var money = new NumberRule(0, 1e12, integer: false);

        var investment = new ObjectRule()
            .Optional("sectors", new ArrayRule(sector, 20))
            .Optional("regions", new ArrayRule(region, 20))
            .Optional("ticketMinEur", money)
            .Optional("ticketMaxEur", money)
            .Optional("stage", stage)
            .Optional("supportWanted", supports)
            .Check(CheckTicketOrder);
        var consent = new ObjectRule()
            .Required("given", BooleanRule.Instance)
            .Required("version", new StringRule(32))
            .Required("at", new StringRule(40, check: TextChecks.CheckDateTime, checkCode: "notDateTime"));

        string[] notificationLanguages = ["fr", "ar", "en", "nl"];
        var notificationLanguage = new CodeRule("a notification language (fr, ar, en, nl)", notificationLanguages);

        var profile = new ObjectRule()
            .Optional("id", id)
            .Required("fullName", shortText)
            .Optional("email", new StringRule(254, check: TextChecks.CheckEmail, checkCode: "notEmail"))
            .Optional("preferredLanguage", notificationLanguage)
            .Required("countryOfResidence", country)
            .Optional("gender", new CodeRule("a self-declared gender (female, male, other)", Genders))
            .Optional("originCountry", country)
            .Optional("languages", languages)
            .Optional("occupation", label)
            .Optional("headline", label)
            .Optional("summary", longText)
            .Optional("skills", skills)
            .Optional("yearsExperience", new NumberRule(0, 70, integer: true))
            .Optional("sectors", new ArrayRule(sector, 20))
            .Optional("availability", new ArrayRule(range, 50))
            .Optional("preferredRegions", new ArrayRule(region, 20))
            .Optional("remoteOk", BooleanRule.Instance)
            .Optional("investment", investment)
            .Optional("consent", consent);

        // What an organisation posts, a need or an opportunity, starts the same way.
        ObjectRule Posted() => new ObjectRule()
            .Optional("id", id)
            .Required("organisationId", id)
            .Required("title", label)
            .Optional("description", longText)
            .Required("country", country)
            .Optional("region", region);

        var need = Posted()
            .Optional("city", new StringRule(100))
            .Required("sector", sector)
            .Optional("occupation", label)
            .Optional("requiredSkills", skills)
            .Optional("optionalSkills", skills)
            .Optional("requiredLanguages", languages)
            .Optional("minYearsExperience", new NumberRule(0, 70, integer: true))
            .Optional("window", range)
            .Optional("durationDays", new NumberRule(1, 730, integer: true))
            .Optional("onSite", BooleanRule.Instance)
            .Optional("positions", new NumberRule(1, 1000, integer: true))
            .Optional("status", needStatus)
            .Check((e, p, r) => CheckRegionOfCountry(reference, e, p, r))
            .Check(CheckDurationFitsWindow);

        var opportunity = Posted()
            .Required("sector", sector)
            .Optional("amountSoughtEur", money)
            .Optional("stage", stage)
            .Optional("supportOffered", supports)
            .Optional("status", status)
            .Check((e, p, r) => CheckRegionOfCountry(reference, e, p, r));

        var organisation = new ObjectRule()
            .Optional("id", id)
            .Required("name", shortText)
            .Required("type", new CodeRule($"an organisation type ({string.Join(", ", Vocabulary.OrganisationTypes)})", Vocabulary.OrganisationTypes))
            .Required("country", country)
            .Optional("region", region)
            .Optional("email", new StringRule(254, check: TextChecks.CheckEmail, checkCode: "notEmail"))
            .Optional("preferredLanguage", notificationLanguage)
            .Check((e, p, r) => CheckRegionOfCountry(reference, e, p, r));

        var decision = new ObjectRule()
            .Optional("id", id)
            .Required("needId", id)
            .Required("expertId", id)
            .Required("decision", new CodeRule($"a decision ({string.Join(", ", Vocabulary.Decisions)})", Vocabulary.Decisions))
            .Required("at", new StringRule(40, check: TextChecks.CheckDateTime, checkCode: "notDateTime"))
            .Required("by", id)
            .Optional("rating", new NumberRule(1, 5, integer: true));

        _byKind = new(StringComparer.Ordinal)
        {
            [RecordKind.Profiles] = profile,
            [RecordKind.Needs] = need,
            [RecordKind.Opportunities] = opportunity,
            [RecordKind.Organisations] = organisation,
            [RecordKind.Decisions] = decision,
        };
    }

    public ObjectRule For(string kind) =>
        _byKind.TryGetValue(kind, out var rule) ? rule : throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown record kind");

    private static void CheckRangeOrder(JsonElement range, string path, ValidationResult result)
    {
        var from = ReadDate(range, "from");
        var to = ReadDate(range, "to");
        if (to < from)
        {
            result.Add(ValidationResult.Child(path, "to"), $"{to:yyyy-MM-dd} is before from ({from:yyyy-MM-dd})", "toBeforeFrom", ("from", from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    private static void CheckTicketOrder(JsonElement investment, string path, ValidationResult result)
    {
        if (investment.TryGetProperty("ticketMinEur", out var min) && investment.TryGetProperty("ticketMaxEur", out var max)
            && min.ValueKind == JsonValueKind.Number && max.ValueKind == JsonValueKind.Number && max.GetDouble() < min.GetDouble())
        {
            result.Add(ValidationResult.Child(path, "ticketMaxEur"), "is below ticketMinEur", "maxBelowMin");
        }
    }

    private static void CheckRegionOfCountry(ReferenceData reference, JsonElement item, string path, ValidationResult result)
    {
        if (item.TryGetProperty("region", out var region) && region.ValueKind == JsonValueKind.String)
        {
            var country = item.GetProperty("country").GetString()!;
            if (!reference.IsRegionOf(country, region.GetString()!))
            {
                result.Add(ValidationResult.Child(path, "region"), $"\"{region.GetString()}\" is not a region of {country}", "notInList", ("value", region.GetString()!));
            }
        }
    }

    private static void CheckDurationFitsWindow(JsonElement need, string path, ValidationResult result)
    {
        if (need.TryGetProperty("window", out var window) && window.ValueKind == JsonValueKind.Object
            && need.TryGetProperty("durationDays", out var duration) && duration.ValueKind == JsonValueKind.Number)
        {
            var days = ReadDate(window, "to").DayNumber - ReadDate(window, "from").DayNumber + 1;
            if (duration.GetInt32() > days)
            {
                result.Add(ValidationResult.Child(path, "durationDays"), $"{duration.GetInt32()} days do not fit in the {days}-day window", "durationTooLong", ("days", duration.GetInt32()), ("window", days));
            }
        }
    }

    // Only called once the field rules passed, so the dates are known to parse.
    private static DateOnly ReadDate(JsonElement parent, string name) =>
        TextChecks.TryParseDate(parent.GetProperty(name).GetString()!, out var date) ? date : default;
}
