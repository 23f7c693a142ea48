using DiasporaMatch.Validation;

namespace DiasporaMatch.Import;

/// <summary>One record that did not land: where it is in the file and every reason why.</summary>
public sealed record ImportRejection(long Line, string? Id, IReadOnlyList<FieldError> Errors);
