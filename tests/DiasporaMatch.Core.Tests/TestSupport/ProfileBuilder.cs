using DiasporaMatch.Profiles;

namespace DiasporaMatch.TestSupport;

/// <summary>A matchable expert (consent given, French C1, available March–April 2027) unless told otherwise.</summary>
public sealed class ProfileBuilder(string id)
{
    private ExpertProfile _profile = new()
    {
        Id = id,
        FullName = "Expert " + id,
        CountryOfResidence = "NL",
        OriginCountry = "MA",
        Languages = [new LanguageSkill("fr", "C1")],
        Occupation = "nurse",
        Skills = [],
        YearsExperience = 10,
        Sectors = ["health"],
        Availability = [new DateRange(new DateOnly(2027, 3, 1), new DateOnly(2027, 4, 30))],
        Consent = new Consent(true, "2026-01", new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero)),
    };

    public ProfileBuilder With(Func<ExpertProfile, ExpertProfile> change)
    {
        _profile = change(_profile);
        return this;
    }

    public ProfileBuilder Skills(params string[] skills) => With(p => p with { Skills = skills });

    public ProfileBuilder Languages(params LanguageSkill[] languages) => With(p => p with { Languages = languages });

    public ProfileBuilder Available(params DateRange[] ranges) => With(p => p with { Availability = ranges });

    public ProfileBuilder NoConsent() => With(p => p with { Consent = p.Consent! with { Given = false } });

    public ExpertProfile Build() => _profile;
}
