using System.Net;
using DiasporaMatch.Cli.TestSupport;

namespace DiasporaMatch.Cli;

/// <summary>`GET /api/programme/indicators` over the sample: rows per breakdown, and bad periods answered with the field named.</summary>
[Collection(BesideSampleHost.Name)]
public sealed class ProgrammeRoutesTests(SampleHostFixture sample)
{
    [Fact]
    public async Task Indicators_BySector_OneRowPerSectorAddingUpToTheTotal()
    {
        var total = await sample.GetAsync("/api/programme/indicators?from=2026-01-01&to=2027-12-31");
        var bySector = await sample.GetAsync("/api/programme/indicators?from=2026-01-01&to=2027-12-31&by=sector");

        var sum = bySector.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("needsActive").GetInt32());
        Assert.Equal("sector", bySector.GetProperty("by").GetString());
        Assert.True(sum > 0);
        Assert.Equal(total.GetProperty("rows")[0].GetProperty("needsActive").GetInt32(), sum);
    }

    [Theory]
    [InlineData("?to=2027-12-31", "from")]
    [InlineData("?from=2027-13-01&to=2027-12-31", "from")]
    [InlineData("?from=2027-01-01&to=2026-12-31", "to")]
    [InlineData("?from=2027-01-01&to=2027-12-31&by=week", "by")]
    [InlineData("?from=2027-01-01&to=2027-12-31&by=1", "by")]
    [InlineData("?from=2027-01-01&to=2027-12-31&by=sector,region", "by")]
    public async Task Indicators_BadPeriodOrBreakdown_400NamingTheField(string query, string field)
    {
        using var response = await sample.Host.Client.SendAsync(sample.Host.Request(HttpMethod.Get, "/api/programme/indicators" + query, Callers.Staff));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
