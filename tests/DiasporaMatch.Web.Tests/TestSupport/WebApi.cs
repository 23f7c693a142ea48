using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DiasporaMatch.Access;

namespace DiasporaMatch.Web.TestSupport;

/// <summary>Sets the scene for a journey through the API (as the other parties would), so the browser shows it.</summary>
public static class WebApi
{
    public static readonly Caller Staff = new(Role.Staff, "STAFF-1");

    public static async Task<JsonElement> PostAsync(WebFixture web, string path, Caller caller, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", web.Token(caller));
        using var response = await web.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Opens an assignment for (need, expert) and walks it through the given moves, each by the given caller.</summary>
    public static async Task<string> AssignmentAsync(WebFixture web, string needId, string expertId, string from, string to, params (string To, Caller By)[] moves)
    {
        var created = await PostAsync(web, "/api/assignments", Staff, $$"""{"needId":"{{needId}}","expertId":"{{expertId}}","from":"{{from}}","to":"{{to}}"}""");
        var id = created.GetProperty("id").GetString()!;
        foreach (var (state, by) in moves)
        {
            await PostAsync(web, $"/api/assignments/{id}/transitions", by, $$"""{"to":"{{state}}"}""");
        }

        return id;
    }

    /// <summary>An open need (other than <paramref name="except"/>) whose window holds <paramref name="date"/>.</summary>
    public static async Task<string> NeedCoveringAsync(WebFixture web, string date, string except)
    {
        for (var n = 1; n <= 200; n++)
        {
            var need = await NeedAsync(web, $"N-{n:D4}");
            var id = need.GetProperty("id").GetString()!;
            if (id != except && need.TryGetProperty("window", out var window)
                && string.CompareOrdinal(window.GetProperty("from").GetString(), date) <= 0 && string.CompareOrdinal(date, window.GetProperty("to").GetString()) <= 0)
            {
                return id;
            }
        }

        throw new InvalidOperationException($"no sample need's window holds {date}");
    }

    public static async Task<JsonElement> NeedAsync(WebFixture web, string needId) => await web.GetJsonAsync($"/api/needs/{needId}", Staff);
}
