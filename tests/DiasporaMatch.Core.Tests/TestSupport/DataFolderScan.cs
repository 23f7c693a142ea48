using System.Text;

namespace DiasporaMatch.TestSupport;

/// <summary>
/// The erasure check: no byte of the data folder (store, change log, index, feature logs, audit ids) and no file name
/// holds any of the identifiers, as written or lower-cased; a kept expert must still be found, so the scan can see.
/// </summary>
public static class DataFolderScan
{
    public static async Task AssertNoTraceAsync(TestWorkspace test, IReadOnlyList<string> identifiers, string kept)
    {
        await ((IAsyncDisposable)test.Workspace.Store).DisposeAsync(); // the file store, so its files can be scanned
        var files = Directory.EnumerateFiles(test.Folder, "*", SearchOption.AllDirectories).ToList();
        var leaks = files
            .SelectMany(file => identifiers.Where(identifier => Contains(file, identifier)).Select(identifier => $"{identifier} in {Path.GetRelativePath(test.Folder, file)}"))
            .Concat(files.Where(file => identifiers.Any(identifier => file.Contains(identifier, StringComparison.OrdinalIgnoreCase))).Select(file => $"file name {file}"))
            .ToList();
        Assert.Empty(leaks);
        Assert.True(files.Any(f => Contains(f, kept)), $"the scan must be able to find the kept expert {kept}");
    }

    private static bool Contains(string file, string text)
    {
        var bytes = File.ReadAllBytes(file);
        return bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0 || bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text.ToLowerInvariant())) >= 0;
    }
}
