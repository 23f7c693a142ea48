using System.CommandLine;
using DiasporaMatch.Access;
using DiasporaMatch.Api;
using DiasporaMatch.Validation;

namespace DiasporaMatch.Cli.Commands;

/// <summary><c>dmatch token --role R --subject ID [--org ID]</c>: a development bearer token for the local server.</summary>
public static class TokenCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var role = new Option<string>("--role") { Required = true, Description = "expert, institution, staff or admin" };
        role.AcceptOnlyFromAmong("expert", "institution", "staff", "admin");
        var subject = new Option<string>("--subject") { Required = true, Description = "The caller's id (an expert's profile id)" };
        var organisation = new Option<string?>("--org") { Description = "The institution member's organisation id" };
        var hours = CliOptions.Number("--hours", 8, 1, 24 * 30, "Hours the token is valid");
        var command = new Command("token", "Issue a development bearer token for `dmatch serve`") { role, subject, organisation, hours };
        command.Validators.Add(r =>
        {
            if (CliOptions.TryGetValue(r, role, out var roleName) && roleName == "institution" && CliOptions.TryGetValue(r, organisation, out var org) && org is null)
            {
                r.AddError("an institution token needs --org");
            }

            CliOptions.TryGetValue(r, subject, out var subjectId);
            CliOptions.TryGetValue(r, organisation, out var organisationId);
            foreach (var id in new[] { subjectId, organisationId }.OfType<string>())
            {
                if (!TextChecks.IsValidId(id))
                {
                    r.AddError(TextChecks.CheckId(id)!);
                }
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var context = new CliContext(parse, output, error);
            var tokens = new TokenService(DevSigningKey.LoadOrCreate(context.DataFolder), new ApiOptions().Issuer, TimeProvider.System);
            var caller = new Caller(RoleNames.TryParse(parse.GetValue(role), out var parsed) ? parsed : throw new InvalidOperationException("the role was validated"), parse.GetValue(subject)!, parse.GetValue(organisation));
            await output.WriteLineAsync(tokens.Issue(caller, TimeSpan.FromHours(parse.GetValue(hours))));
            return ExitCodes.Success;
        });
        return command;
    }
}
