using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Duplicates;

public sealed class DuplicateKeysTests
{
    [Fact]
    public void Email_CaseAndSpaces_SameKeyAndNoAddressInIt()
    {
        var key = DuplicateKeys.Email(" Nadia@Example.org ");

        Assert.Equal(DuplicateKeys.Email("nadia@example.org"), key);
        Assert.NotEqual(DuplicateKeys.Email("nadia@example.com"), key);
        Assert.DoesNotContain("nadia", key!, StringComparison.OrdinalIgnoreCase);
        Assert.Null(DuplicateKeys.Email("  "));
    }

    [Fact]
    public void Name_TypoOrWordOrder_SharesMostTrigrams()
    {
        var name = DuplicateKeys.Name("Nadia El Amrani").ToHashSet();

        Assert.Equal(name, DuplicateKeys.Name("AMRANI, Nadia el").ToHashSet());
        var typo = DuplicateKeys.Name("Nadia El Amrany").ToHashSet();
        Assert.True(name.Intersect(typo).Count() >= name.Count - 3, string.Join(" ", name.Except(typo)));
        Assert.Empty(name.Intersect(DuplicateKeys.Name("Youssef Benali"))); // unrelated names share nothing
    }

    [Fact]
    public void Of_Profile_NameTrigramsAndHashedEmail()
    {
        var profile = new ProfileBuilder("E-1").With(p => p with { FullName = "Li", Email = "li@example.org" }).Build();

        Assert.Equal(["g:^li", "g:li$", DuplicateKeys.Email("li@example.org")], DuplicateKeys.Of(profile));
    }
}
