namespace DiasporaMatch.Validation;

/// <summary>One problem with one field: a JSON path such as <c>languages[1].level</c> and a reason in plain words.</summary>
public sealed record FieldError(string Path, string Message)
{
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}
