using DiasporaMatch.Notifications;
using Microsoft.Extensions.Options;

namespace DiasporaMatch.Api;

/// <summary>Refuses to start with mail settings that could only fail later (the first problem, in one line).</summary>
internal sealed class NotificationOptionsValidation : IValidateOptions<NotificationMailOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationMailOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
