using System.CommandLine;
using DiasporaMatch.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DiasporaMatch.Cli.Commands;

/// <summary><c>dmatch serve [--urls URL] [--dev | --dev-staff-tokens]</c>: the HTTP API on Kestrel over the embedded store.</summary>
public static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var urls = new Option<string>("--urls") { DefaultValueFactory = _ => LocalHost.DefaultUrls, Description = "Where to listen (loopback by default)" };
        var dev = new Option<bool>("--dev") { Description = "Development mode: the web UI's sign-in issues expert and institution tokens (POST /dev/token, loopback only)" };
        var devStaff = new Option<bool>("--dev-staff-tokens") { Description = "Development mode, and the sign-in issues staff tokens too (never admin: use `dmatch token`)" };
        var command = new Command("serve", "Run the HTTP API locally on the embedded store") { urls, dev, devStaff };
        command.SetAction(async (parse, ct) =>
        {
            var context = new CliContext(parse, output, error);
            var devTokens = parse.GetValue(devStaff) ? DevTokenRoles.MembersAndStaff : parse.GetValue(dev) ? DevTokenRoles.Members : DevTokenRoles.None;
            await using var app = LocalHost.Build(context.DataFolder, parse.GetValue(urls)!, new LocalHostOptions { DevTokens = devTokens });
            try
            {
                await app.StartAsync(ct);
            }
            catch (OptionsValidationException invalid)
            {
                // A bad setting (DiasporaMatch__… variables, appsettings) stops the start with one line naming it.
                await error.WriteLineAsync($"dmatch serve: invalid configuration: {invalid.Message}");
                return ExitCodes.InvalidInput;
            }

            await error.WriteLineAsync($"DiasporaMatch API on {string.Join(", ", app.Urls)} (data: {Path.GetFullPath(context.DataFolder)}); Ctrl+C stops.");
            await app.WaitForShutdownAsync(ct);
            if (app.Services.GetRequiredService<MatchServiceStartup>().Failure is { } failed)
            {
                // Start-up work (index catch-up) failed and stopped the host; the log has the details.
                await error.WriteLineAsync($"dmatch serve: start-up failed: {failed.Message}");
                return ExitCodes.InvalidInput;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
