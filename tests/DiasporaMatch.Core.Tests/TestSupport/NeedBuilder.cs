using DiasporaMatch.Needs;
using DiasporaMatch.Profiles;

namespace DiasporaMatch.TestSupport;

/// <summary>An open on-site health need in MA-01 for March–June 2027 requiring neonatal care and French B2.</summary>
public sealed class NeedBuilder(string id)
{
    private Need _need = new()
    {
        Id = id,
        OrganisationId = "ORG-1",
        Title = "Train NICU nurses",
        Description = "Hands-on training for the neonatal unit",
        Country = "MA",
        Region = "MA-01",
        Sector = "health",
        Occupation = "neonatal nurse",
        RequiredSkills = ["neonatal care"],
        RequiredLanguages = [new LanguageSkill("fr", "B2")],
        MinYearsExperience = 5,
        Window = new DateRange(new DateOnly(2027, 3, 1), new DateOnly(2027, 6, 30)),
        DurationDays = 30,
        OnSite = true,
    };

    public NeedBuilder With(Func<Need, Need> change)
    {
        _need = change(_need);
        return this;
    }

    public Need Build() => _need;
}
