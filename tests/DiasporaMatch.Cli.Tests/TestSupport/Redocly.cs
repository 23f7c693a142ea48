using System.Diagnostics;

namespace DiasporaMatch.Cli.TestSupport;

/// <summary>Redocly's OpenAPI linter, pinned and installed by tools/install-test-deps.sh into .tools/redocly; run with node, bounded.</summary>
internal static class Redocly
{
    public static async Task<(int Code, string Out, string Err)> LintAsync(string documentPath)
    {
        var cli = Path.Combine(RepoRoot(), ".tools", "redocly", "node_modules", "@redocly", "cli", "bin", "cli.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"@redocly/cli is not installed (no {cli}). Run tools/install-test-deps.sh from the repository root.");
        }

        var info = new ProcessStartInfo("node") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { cli, "lint", documentPath, "--extends=recommended", "--format=stylish" })
        {
            info.ArgumentList.Add(arg);
        }

        // No telemetry or update check from a test run.
        info.Environment["REDOCLY_TELEMETRY"] = "off";
        info.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        return await ExecutableRun.RunAsync(info, TimeSpan.FromSeconds(120));
    }

    public static string RepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DiasporaMatch.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No DiasporaMatch.sln above {AppContext.BaseDirectory}");
    }
}
