namespace DiasporaMatch.Api.Contracts;

/// <summary>What a one-click unsubscribe link turned off (the category, or "all").</summary>
internal sealed record UnsubscribeResult(string Unsubscribed);
