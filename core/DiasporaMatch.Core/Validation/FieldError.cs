namespace DiasporaMatch.Validation;

/// <summary>One problem with one field: a JSON path such as <c>languages[1].level</c> and a reason in plain words.</summary>
public sealed record FieldError(string Path, string Message)
{
    /// <summary>The kind of problem as a stable code (<c>empty</c>, <c>tooLong</c>…) a reader's UI words in its language; null for a rule-specific message.</summary>
    public string? Code { get; init; }

    /// <summary>The code's arguments (numbers and the offending value, as invariant text).</summary>
    public IReadOnlyDictionary<string, string>? Args { get; init; }

    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}
