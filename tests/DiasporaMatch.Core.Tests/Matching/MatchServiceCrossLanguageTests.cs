using System.Text.Json;
using DiasporaMatch.Ranking;
using DiasporaMatch.Records;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Matching;

/// <summary>Through the real starter taxonomy and normaliser: one concept, whatever language it was written in.</summary>
public sealed class MatchServiceCrossLanguageTests : IAsyncLifetime
{
    private readonly TestWorkspace _test = new();

    public async Task InitializeAsync()
    {
        await AddAsync(RecordKind.Organisations, new { id = "ORG-1", name = "Centre hospitalier de Tanger", type = "health", country = "MA", region = "MA-01" });
        await AddAsync(RecordKind.Profiles, Expert("E-EN", "NL", ["neonatal care", "newborn resuscitation"], "neonatal nurse"));
        await AddAsync(RecordKind.Profiles, Expert("E-NL", "NL", ["neonatale zorg"], "verpleegkundige neonatologie"));
        await AddAsync(RecordKind.Profiles, Expert("E-AR", "BE", ["رعاية حديثي الولادة"], null));
        await AddAsync(RecordKind.Profiles, Expert("E-IRR", "BE", ["drip irrigation", "irrigation scheduling"], "agronomist"));
        await AddAsync(RecordKind.Needs, new
        {
            id = "N-FR",
            organisationId = "ORG-1",
            title = "Former les infirmières de néonatologie",
            description = "Mission d'appui au service de néonatologie",
            country = "MA",
            region = "MA-01",
            sector = "health",
            occupation = "infirmière en néonatologie",
            requiredSkills = new[] { "soins néonatals" },
            onSite = false,
        });
    }

    public async Task DisposeAsync() => await _test.DisposeAsync();

    [Theory]
    [InlineData(RankerNames.Baseline)]
    [InlineData(RankerNames.Bm25)]
    public async Task MatchAsync_FrenchNeed_FindsExpertsWhoWroteTheSameConceptInOtherLanguages(string ranker)
    {
        using var service = await _test.Workspace.OpenMatchServiceAsync();

        var results = (await service.MatchAsync("N-FR", 10, ranker))!;
        var ids = results.Select(r => r.ExpertId).ToList();

        Assert.Contains("E-EN", ids);
        Assert.Contains("E-NL", ids);
        Assert.Contains("E-AR", ids);
        if (ids.Contains("E-IRR"))
        {
            Assert.True(ids.IndexOf("E-IRR") > ids.IndexOf("E-NL"), "the irrigation expert must rank below the neonatal ones");
        }
    }

    [Fact]
    public async Task MatchAsync_FrenchNeed_ReasonsCountTheCoveredConcept()
    {
        using var service = await _test.Workspace.OpenMatchServiceAsync();

        var results = (await service.MatchAsync("N-FR", 10, RankerNames.Baseline))!;

        Assert.Contains("covers 1 of 1 required skills", results.Single(r => r.ExpertId == "E-NL").Reasons);
    }

    private static object Expert(string id, string residence, string[] skills, string? occupation) => new
    {
        id,
        fullName = "Test " + id,
        countryOfResidence = residence,
        languages = new[] { new { code = "fr", level = "C1" } },
        skills,
        occupation,
        consent = new { given = true, version = "2026-01", at = "2026-11-01T10:00:00Z" },
    };

    private async Task AddAsync(string kind, object record)
    {
        var outcome = await _test.Workspace.Records.CreateAsync(kind, JsonSerializer.SerializeToElement(record, RecordJson.Options));
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
    }
}
