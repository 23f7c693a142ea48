using DiasporaMatch.Duplicates;
using DiasporaMatch.Import;

namespace DiasporaMatch.Api.Contracts;

/// <summary>What an import did, with each rejected line and why, and the probable duplicates among the profiles it created (they are created; staff merge or mark them distinct).</summary>
internal sealed record ImportResult(string Kind, long Records, long Created, long Updated, long Rejected, IReadOnlyList<ImportRejection> Rejections, IReadOnlyList<ProbableDuplicate> ProbableDuplicates);
