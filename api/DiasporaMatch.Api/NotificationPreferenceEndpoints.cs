using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Api.Contracts;
using DiasporaMatch.Notifications;
using DiasporaMatch.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DiasporaMatch.Api;

/// <summary>
/// The caller's email choices (per category, daily digest) and the one-click unsubscribe link, which needs no
/// sign-in: its signature names the person and the category, and a tampered or expired link changes nothing.
/// </summary>
internal static class NotificationPreferenceEndpoints
{
    private static readonly string[] Fields = ["categories", "emailOff", "digest"];

    public static async Task<IResult> GetAsync(ApiRequest request)
    {
        if (request.Caller is not { } caller)
        {
            return Problems.Unauthorized();
        }

        var (role, id) = PersonOf(caller);
        return Results.Ok(View(await Store(request).GetAsync(role, id, request.Aborted)));
    }

    public static async Task<IResult> PutAsync(ApiRequest request)
    {
        if (request.Caller is not { } caller)
        {
            return Problems.Unauthorized();
        }

        var (body, problem) = await BodyFields.ReadObjectAsync(request, Fields);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new List<FieldError>();
        var emailOff = new List<string>();
        if (!body.TryGetProperty("emailOff", out var off) || off.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new FieldError("emailOff", "is required: an array of categories"));
        }
        else
        {
            var index = 0;
            foreach (var item in off.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String || !NotificationCategories.All.Contains(item.GetString(), StringComparer.Ordinal))
                {
                    errors.Add(new FieldError($"emailOff[{index}]", $"must be one of {string.Join(", ", NotificationCategories.All)}"));
                }
                else
                {
                    emailOff.Add(item.GetString()!);
                }

                index++;
            }
        }

        var digest = false;
        if (!body.TryGetProperty("digest", out var digestElement) || digestElement.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            errors.Add(new FieldError("digest", "is required: true or false"));
        }
        else
        {
            digest = digestElement.GetBoolean();
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var (role, id) = PersonOf(caller);
        var saved = await Store(request).SaveAsync(new NotificationPreferences { Role = role, RecipientId = id, EmailOff = emailOff, Digest = digest }, request.Aborted);
        return Results.Ok(View(saved));
    }

    /// <summary>GET (a click) and POST (RFC 8058 one-click from the mail client) alike: 400 for anything but a good link.</summary>
    public static async Task<IResult> UnsubscribeAsync(ApiRequest request)
    {
        var options = request.Http.RequestServices.GetRequiredService<IOptions<NotificationMailOptions>>().Value;
        if (options.UnsubscribeTokens(request.Services.Workspace.Time) is not { } tokens
            || tokens.Read(request.Query("token")) is not { } target)
        {
            return Problems.Validation([new FieldError("token", "is not a valid unsubscribe link, or it has expired")]);
        }

        await Store(request).UnsubscribeAsync(target.Role, target.RecipientId, target.Category, request.Aborted);
        return Results.Ok(new UnsubscribeResult(target.Category));
    }

    /// <summary>The same person the in-app list and the emails address: the expert, the organisation, or the staff team.</summary>
    private static (string Role, string Id) PersonOf(Caller caller) => caller switch
    {
        { IsStaff: true } => (NotificationRecipients.Staff, NotificationRecipients.Staff),
        { Role: Role.Institution } => (NotificationRecipients.Institution, caller.OrganisationId ?? ""),
        _ => (NotificationRecipients.Expert, caller.Subject),
    };

    private static NotificationPreferencesView View(NotificationPreferences preferences) =>
        new(NotificationCategories.All, preferences.EmailOff, preferences.Digest);

    private static NotificationPreferenceStore Store(ApiRequest request) => new(request.Services.Store);
}
