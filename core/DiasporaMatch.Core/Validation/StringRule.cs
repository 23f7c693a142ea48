using System.Text.Json;

namespace DiasporaMatch.Validation;

/// <summary>
/// A string with length limits, no control characters (line breaks only where allowed) and an optional domain check,
/// whose problems carry <paramref name="checkCode"/> (with the text as <c>value</c>) for wording in the reader's language.
/// </summary>
public sealed class StringRule(int maxLength, bool multiline = false, Func<string, string?>? check = null, int minLength = 1, string checkCode = FieldErrorCodes.Invalid) : FieldRule
{
    public override void Validate(JsonElement value, string path, ValidationResult result)
    {
        if (!Expect(value, JsonValueKind.String, "a string", path, result))
        {
            return;
        }

        if (!SafeJson.TryGetString(value, out var text))
        {
            result.Add(path, SafeJson.BrokenText, "brokenText");
            return;
        }

        if (text.Length < minLength || (minLength > 0 && string.IsNullOrWhiteSpace(text)))
        {
            result.Add(path, "must not be empty", "empty");
            return;
        }

        if (text.Length > maxLength)
        {
            result.Add(path, $"is {text.Length} characters long; at most {maxLength} are allowed", "tooLong", ("length", text.Length), ("max", maxLength));
            return;
        }

        if (TextChecks.FindControlCharacter(text, multiline) is { } control)
        {
            result.Add(path, control, "controlCharacter");
        }
        else if (check?.Invoke(text) is { } problem)
        {
            result.Add(path, problem, checkCode, ("value", TextChecks.Shorten(text)));
        }
    }
}
