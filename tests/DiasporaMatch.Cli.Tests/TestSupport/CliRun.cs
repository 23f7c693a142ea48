namespace DiasporaMatch.Cli.TestSupport;

/// <summary>Runs `dmatch` in-process against a temp data folder and captures what it printed.</summary>
public sealed class CliRun : IDisposable
{
    public CliRun()
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "dmatch-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataFolder);
    }

    public string DataFolder { get; }

    public string File(string name) => Path.Combine(DataFolder, name);

    public async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await DmatchCli.RunAsync([.. args, "--data", Path.Combine(DataFolder, "data")], output, error);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // a killed child may still hold a file for a moment
        }
    }
}
