using DiasporaMatch.Privacy;

namespace DiasporaMatch.Api.Contracts;

/// <summary>Profiles untouched for at least <c>years</c>.</summary>
internal sealed record RetentionList(int Years, int Count, IReadOnlyList<StaleProfile> Profiles);
