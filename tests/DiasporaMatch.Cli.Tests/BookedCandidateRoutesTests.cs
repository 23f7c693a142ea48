using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;

namespace DiasporaMatch.Cli;

/// <summary>A need's ranked candidates over HTTP when one of them is already booked on overlapping dates.</summary>
public sealed class BookedCandidateRoutesTests : IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Access.Caller caller, string? json = null) =>
        await _host.Client.SendAsync(_host.Request(method, path, caller, json is null ? null : LocalHostTests.JsonContent(json)));

    private async Task<JsonElement> ResultsAsync(string query) =>
        (await (await SendAsync(HttpMethod.Get, "/api/needs/N-0001/matches" + query, Callers.Staff)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results");

    [Fact]
    public async Task NeedMatches_ExpertApprovedElsewhereOnOverlappingDates_ListedLastSayingWhenInEachLanguage()
    {
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/organisations", Callers.Staff, LocalHostTests.Organisation)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/profiles", Callers.Expert, LocalHostTests.Profile)).StatusCode);
        var other = LocalHostTests.Profile
            .Replace("Nadia El Amrani", "Samira Benali", StringComparison.Ordinal)
            .Replace("nadia@example.org", "samira@example.org", StringComparison.Ordinal)
            .Replace("\"yearsExperience\":12", "\"yearsExperience\":6", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/profiles", Callers.OtherExpert, other)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/needs", Callers.Institution, LocalHostTests.Need)).StatusCode);
        var before = await ResultsAsync("");
        Assert.Equal(["E-0001", "E-0002"], before.EnumerateArray().Select(r => r.GetProperty("expertId").GetString()));

        // E-0001, first so far, is approved for another need of the same weeks.
        var otherNeed = LocalHostTests.Need.Replace("\"N-0001\"", "\"N-0002\"", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/needs", Callers.Institution, otherNeed)).StatusCode);
        var created = await SendAsync(HttpMethod.Post, "/api/assignments", Callers.Staff, """{"id":"A-ELSEWHERE","needId":"N-0002","expertId":"E-0001","from":"2027-03-10","to":"2027-04-08"}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        foreach (var (to, by) in new[] { ("proposed", Callers.Staff), ("accepted", Callers.Expert), ("confirmed", Callers.Institution), ("approved", Callers.Staff) })
        {
            var moved = await SendAsync(HttpMethod.Post, "/api/assignments/A-ELSEWHERE/transitions", by, $$"""{"to":"{{to}}"}""");
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        }

        var expected = new Dictionary<string, string>
        {
            ["en"] = "listed after the free candidates: booked from 10 March 2027 to 8 April 2027, overlapping this assignment",
            ["fr"] = "classé après les candidats libres : réservé du 10 mars 2027 au 8 avril 2027, en même temps que cette mission",
            ["nl"] = "na de vrije kandidaten geplaatst: geboekt van 10 maart 2027 tot 8 april 2027, tegelijk met deze opdracht",
            ["ar"] = "مُدرج بعد المرشحين المتاحين: محجوز من \u20682027-03-10\u2069 إلى \u20682027-04-08\u2069، في نفس فترة هذه المهمة",
        };
        foreach (var (language, text) in expected)
        {
            var after = await ResultsAsync("?lang=" + language);
            Assert.Equal(["E-0002", "E-0001"], after.EnumerateArray().Select(r => r.GetProperty("expertId").GetString()));
            Assert.Equal([1, 2], after.EnumerateArray().Select(r => r.GetProperty("rank").GetInt32()));
            var booked = after[1].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToList();
            Assert.Equal(text, booked[0]);
        }

        var codes = (await ResultsAsync(""))[1].GetProperty("reasonCodes").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();
        Assert.Equal("availability.booked", codes[0]);
        Assert.DoesNotContain(codes, c => c is "availability.whole" or "availability.share");
    }
}
