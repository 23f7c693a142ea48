namespace DiasporaMatch.Validation;

/// <summary>The code of a problem no more precise code describes (<c>data/reference/field-errors.json</c> words every code).</summary>
public static class FieldErrorCodes
{
    public const string Invalid = "invalid";
}
