namespace DiasporaMatch.Api.Contracts;

/// <summary>Liveness and what the service holds; the index fields are null until start-up work is done.</summary>
internal sealed record HealthStatus(string Status, bool Ready, DateTimeOffset At, long? Changes, long? IndexedCursor, bool? FactsWarming);
