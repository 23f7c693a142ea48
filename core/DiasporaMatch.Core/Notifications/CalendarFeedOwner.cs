namespace DiasporaMatch.Notifications;

/// <summary>Whose calendar a feed token opens: an expert (role expert, their id) or an organisation (role institution).</summary>
public sealed record CalendarFeedOwner(string Role, string SubjectId, DateTimeOffset IssuedAt);
