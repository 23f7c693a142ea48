using System.Diagnostics;
using System.Reflection;

namespace DiasporaMatch.Azure.TestSupport;

/// <summary>
/// The Bicep compiler from the Azure.Bicep.CommandLine.linux-x64 NuGet package, which restore puts in the
/// package folder recorded at build time; no global install, no download at test time.
/// </summary>
public static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string Executable { get; } = Locate();

    public static async Task<(int ExitCode, string StdOut, string StdErr)> BuildAsync(string bicepFile)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("build");
        start.ArgumentList.Add(bicepFile);
        start.ArgumentList.Add("--stdout");
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Executable} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep build {bicepFile} did not finish within {Timeout.TotalMinutes} min");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    private static string Locate()
    {
        var folder = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "BicepPackageFolder")?.Value;
        var path = string.IsNullOrEmpty(folder) ? null : Path.Combine(folder, "tools", "bicep");
        if (path is null || !File.Exists(path))
        {
            throw new InvalidOperationException($"The Bicep CLI is missing (looked for {path ?? "the package folder"}); restore the test project so NuGet fetches Azure.Bicep.CommandLine.linux-x64.");
        }

        // The package is the linux-x64 build; NuGet does not keep the executable bit of files it extracts.
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The infra tests run the linux-x64 Bicep CLI.");
        }

        var mode = File.GetUnixFileMode(path);
        const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(path, mode | execute);
        }

        return path;
    }
}
