using System.CommandLine;
using DiasporaMatch.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DiasporaMatch.Cli.Commands;

/// <summary><c>dmatch serve [--urls URL]</c>: the HTTP API on Kestrel over the embedded store.</summary>
public static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var urls = new Option<string>("--urls") { DefaultValueFactory = _ => LocalHost.DefaultUrls, Description = "Where to listen (loopback by default)" };
        var command = new Command("serve", "Run the HTTP API locally on the embedded store") { urls };
        command.SetAction(async (parse, ct) =>
        {
            var context = new CliContext(parse, output, error);
            await using var app = LocalHost.Build(context.DataFolder, parse.GetValue(urls)!);
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
