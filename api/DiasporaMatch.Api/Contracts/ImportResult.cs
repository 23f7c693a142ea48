using DiasporaMatch.Import;

namespace DiasporaMatch.Api.Contracts;

/// <summary>What an import did, with each rejected line and why.</summary>
internal sealed record ImportResult(string Kind, long Records, long Created, long Updated, long Rejected, IReadOnlyList<ImportRejection> Rejections);
