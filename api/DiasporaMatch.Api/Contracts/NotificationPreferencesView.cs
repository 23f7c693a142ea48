namespace DiasporaMatch.Api.Contracts;

/// <summary>
/// The caller's email choices: every category there is, those not sent by email, and the daily digest. Also the
/// body of <c>PUT /api/notifications/preferences</c> (<see cref="Categories"/> is then ignored and may be left out).
/// </summary>
internal sealed record NotificationPreferencesView(IReadOnlyList<string> Categories, IReadOnlyList<string> EmailOff, bool Digest);
