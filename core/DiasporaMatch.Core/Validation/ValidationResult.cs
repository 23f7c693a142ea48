namespace DiasporaMatch.Validation;

/// <summary>Every problem found in one record, collected in one pass so a caller can fix them all at once.</summary>
public sealed class ValidationResult
{
    private readonly List<FieldError> _errors = [];

    public IReadOnlyList<FieldError> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    public void Add(string path, string message) => _errors.Add(new FieldError(path, message));

    /// <summary>A problem of a common kind: its English message with a code and arguments for localised wording.</summary>
    public void Add(string path, string message, string code, params (string Name, object Value)[] args) =>
        _errors.Add(new FieldError(path, message)
        {
            Code = code,
            Args = args.ToDictionary(a => a.Name, a => Convert.ToString(a.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparer.Ordinal),
        });

    public static string Child(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    public static string Index(string path, int index) => $"{path}[{index}]";
}
