namespace DiasporaMatch.Sample;

/// <summary>Name parts combined at random: invented people, no real person's record.</summary>
internal static class SampleNames
{
    public static readonly string[] Given =
    [
        "Nadia", "Youssef", "Fatima", "Mohamed", "Salma", "Karim", "Imane", "Hamza", "Khadija", "Omar",
        "Samira", "Rachid", "Leila", "Anas", "Zineb", "Mehdi", "Hanane", "Amine", "Siham", "Bilal",
        "Meryem", "Ilyas", "Najat", "Soufiane", "Asmae", "Hicham", "Loubna", "Tarik", "Ghizlane", "Driss",
        "Houda", "Nabil", "Sanae", "Adil", "Wafae", "Jamal", "Rania", "Ayoub", "Dounia", "Said",
    ];

    public static readonly string[] Family =
    [
        "El Amrani", "Benali", "Ouazzani", "Tazi", "El Idrissi", "Berrada", "Chraibi", "Alaoui", "Bennani", "El Fassi",
        "Haddad", "Lahlou", "Ziani", "Bouzid", "El Khatib", "Mansouri", "Naciri", "Ouali", "Rahmouni", "Sqalli",
        "Tahiri", "Yacoubi", "Zerouali", "Amrani", "Belkadi", "Cherkaoui", "Daoudi", "El Ghazi", "Filali", "Guessous",
        "Hajji", "Jebari", "Kettani", "Lamrani", "Mernissi", "Nouri", "Qadiri", "Saidi", "Touimi", "Wahbi",
    ];
}
