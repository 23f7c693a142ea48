namespace DiasporaMatch.TestSupport;

/// <summary>The CONTRACT.md examples, as valid records to start from.</summary>
public static class SampleRecords
{
    public const string Profile = """
        {"id": "E-0001", "fullName": "Nadia El Amrani", "email": "nadia@example.org",
         "countryOfResidence": "NL", "originCountry": "MA",
         "languages": [{"code": "fr", "level": "C2"}, {"code": "ar", "level": "native"}, {"code": "nl", "level": "C1"}],
         "occupation": "infirmière en soins intensifs néonatals",
         "headline": "Neonatal intensive care nurse and trainer",
         "summary": "free text, any language",
         "skills": ["neonatal care", "former du personnel", "gestion des urgences"],
         "yearsExperience": 12, "sectors": ["health"],
         "availability": [{"from": "2027-03-01", "to": "2027-04-15"}],
         "preferredRegions": ["MA-01"], "remoteOk": true,
         "investment": {"sectors": ["agri-food"], "regions": ["MA-01"], "ticketMinEur": 20000,
                        "ticketMaxEur": 150000, "stage": "create"},
         "consent": {"given": true, "version": "2026-01", "at": "2026-11-01T10:00:00Z"}}
        """;

    public const string Organisation = """
        {"id": "ORG-CHU-TANGER", "name": "Centre hospitalier de Tanger", "type": "health", "country": "MA", "region": "MA-01"}
        """;

    public const string Need = """
        {"id": "N-0001", "organisationId": "ORG-CHU-TANGER", "title": "Train NICU nurses",
         "description": "free text, any language", "country": "MA", "region": "MA-01", "city": "Tanger",
         "sector": "health", "occupation": "neonatal nurse",
         "requiredSkills": ["neonatal care"], "optionalSkills": ["training of trainers"],
         "requiredLanguages": [{"code": "fr", "level": "B2"}],
         "minYearsExperience": 5, "window": {"from": "2027-03-01", "to": "2027-06-30"},
         "durationDays": 30, "onSite": true, "positions": 1}
        """;

    public const string Decision = """
        {"needId": "N-0001", "expertId": "E-0001", "decision": "shortlisted", "at": "2026-11-02T09:00:00Z", "by": "STAFF-01"}
        """;
}
