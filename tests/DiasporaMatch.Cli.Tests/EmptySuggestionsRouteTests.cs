using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;

namespace DiasporaMatch.Cli;

/// <summary>An expert's empty list of needs or opportunities says why, as a code the web UI words.</summary>
public sealed class EmptySuggestionsRouteTests : IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<JsonElement> PostProfileAndGetAsync(string profile, string route)
    {
        using var created = await _host.Client.SendAsync(_host.Request(HttpMethod.Post, "/api/profiles", Callers.Expert, LocalHostTests.JsonContent(profile)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var response = await _host.Client.SendAsync(_host.Request(HttpMethod.Get, $"/api/profiles/E-0001/{route}", Callers.Expert));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Theory]
    [InlineData("""{"from":"2027-03-01","to":"2027-04-15"}""", "\"skills\":[\"neonatale zorg\"]", "empty.noneOpen")]
    [InlineData("", "\"skills\":[\"neonatale zorg\"]", "empty.noAvailability")]
    [InlineData("""{"from":"2020-03-01","to":"2020-04-15"}""", "\"skills\":[\"neonatale zorg\"]", "empty.availabilityPast")]
    [InlineData("""{"from":"2027-03-01","to":"2027-04-15"}""", "\"skills\":[]", "empty.noSkills")]
    public async Task Recommendations_EmptyList_SaysWhy(string availability, string skills, string expected)
    {
        var profile = $$$"""
            {"fullName":"Nadia El Amrani","countryOfResidence":"NL","languages":[{"code":"fr","level":"C2"}],{{{skills}}},
             "availability":[{{{availability}}}],"consent":{"given":true,"version":"2026-01","at":"2026-11-01T10:00:00Z"}}
            """;

        var body = await PostProfileAndGetAsync(profile, "recommendations");

        Assert.Equal(0, body.GetProperty("results").GetArrayLength());
        Assert.Equal(expected, body.GetProperty("emptyReason").GetString());
    }

    [Fact]
    public async Task Opportunities_NoInvestmentInterest_SaysSo()
    {
        var body = await PostProfileAndGetAsync(LocalHostTests.Profile, "opportunities");

        Assert.Equal(0, body.GetProperty("results").GetArrayLength());
        Assert.Equal("empty.noInvestmentInterest", body.GetProperty("emptyReason").GetString());
    }
}
