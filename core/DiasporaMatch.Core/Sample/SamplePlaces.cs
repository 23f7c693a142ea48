namespace DiasporaMatch.Sample;

/// <summary>Cities of Morocco's twelve regions (ISO 3166-2:MA), for sample organisations and needs.</summary>
internal static class SamplePlaces
{
    public static readonly (string Region, string[] Cities)[] Morocco =
    [
        ("MA-01", ["Tanger", "Tétouan", "Al Hoceïma", "Larache"]),
        ("MA-02", ["Oujda", "Nador", "Berkane"]),
        ("MA-03", ["Fès", "Meknès", "Taza"]),
        ("MA-04", ["Rabat", "Salé", "Kénitra"]),
        ("MA-05", ["Béni Mellal", "Khénifra", "Azilal"]),
        ("MA-06", ["Casablanca", "Settat", "El Jadida", "Mohammedia"]),
        ("MA-07", ["Marrakech", "Safi", "Essaouira"]),
        ("MA-08", ["Errachidia", "Ouarzazate", "Zagora"]),
        ("MA-09", ["Agadir", "Taroudant", "Tiznit"]),
        ("MA-10", ["Guelmim", "Tan-Tan"]),
        ("MA-11", ["Laâyoune", "Boujdour"]),
        ("MA-12", ["Dakhla"]),
    ];

    /// <summary>Where the diaspora lives, with the label languages its members tend to write in.</summary>
    public static readonly (string Country, string Language, (string Lang, double Weight)[] Writes)[] Residences =
    [
        ("NL", "nl", [("nl", 0.6), ("en", 0.25), ("fr", 0.15)]),
        ("BE", "nl", [("fr", 0.5), ("nl", 0.3), ("en", 0.2)]),
        ("FR", "fr", [("fr", 0.85), ("en", 0.15)]),
        ("ES", "es", [("en", 0.5), ("fr", 0.5)]),
        ("IT", "it", [("en", 0.5), ("fr", 0.5)]),
        ("DE", "de", [("en", 0.7), ("fr", 0.3)]),
    ];
}
