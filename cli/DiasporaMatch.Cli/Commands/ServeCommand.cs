using System.CommandLine;
using Microsoft.Extensions.Hosting;

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
            await app.StartAsync(ct);
            await error.WriteLineAsync($"DiasporaMatch API on {string.Join(", ", app.Urls)} (data: {Path.GetFullPath(context.DataFolder)}); Ctrl+C stops.");
            await app.WaitForShutdownAsync(ct);
            return ExitCodes.Success;
        });
        return command;
    }
}
