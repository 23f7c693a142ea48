namespace DiasporaMatch.Api.Contracts;

/// <summary>
/// The experts who said "I'm interested" in a need, newest first: staff see who they are; the need's organisation
/// sees per-need pseudonyms (as on the match list) until staff introduce someone.
/// </summary>
internal sealed record NeedInterests(string NeedId, IReadOnlyList<NeedInterest> Interests);
