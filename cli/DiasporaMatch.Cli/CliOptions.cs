using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace DiasporaMatch.Cli;

/// <summary>Option shapes shared by the commands, checked by System.CommandLine's own parser so a bad value is a usage error.</summary>
internal static class CliOptions
{
    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>]; anything else is one parse error naming the option.</summary>
    public static Option<int> Number(string name, int defaultValue, int min, int max, string description)
    {
        return new Option<int>(name)
        {
            DefaultValueFactory = _ => defaultValue,
            Description = $"{description} ({min}-{max})", // help adds [default: N] itself
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Join(' ', result.Tokens.Select(t => t.Value));
                if (int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
                {
                    return value;
                }

                result.AddError($"{name} must be a whole number from {min} to {max}, not '{token}'");
                return defaultValue;
            },
        };
    }

    /// <summary>A calendar date written yyyy-MM-dd; anything else is one parse error naming the option.</summary>
    public static Option<DateOnly?> Date(string name, string description)
    {
        return new Option<DateOnly?>(name)
        {
            Description = $"{description} (yyyy-MM-dd)",
            CustomParser = result =>
            {
                var token = string.Join(' ', result.Tokens.Select(t => t.Value));
                if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return date;
                }

                result.AddError($"{name} must be a date written yyyy-MM-dd, not '{token}'");
                return null;
            },
        };
    }

    /// <summary>
    /// An option's value for a check across options; false when its own value was refused (missing, not a number, not
    /// one of the allowed values): GetValue throws then, and the parser already reports that error, so the check skips.
    /// </summary>
    public static bool TryGetValue<T>(CommandResult command, Option<T> option, out T? value)
    {
        try
        {
            value = command.GetValue(option);
            return true;
        }
        catch (InvalidOperationException)
        {
            value = default;
            return false;
        }
    }

    /// <summary>
    /// A variadic argument takes any token, a mistyped option included; a word starting with "--" is refused as the
    /// unknown option it is (a file of that name is still reachable as ./--name).
    /// </summary>
    public static void RejectOptionLikeTokens(Argument argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith("--", StringComparison.Ordinal)))
            {
                result.AddError($"Unrecognized command or argument '{token.Value}'.");
            }
        });
    }
}
