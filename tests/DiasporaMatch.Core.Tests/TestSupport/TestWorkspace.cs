using DiasporaMatch.Hosting;

namespace DiasporaMatch.TestSupport;

/// <summary>A workspace in a temp folder with a manual clock and a fixed seed; removed on dispose.</summary>
public sealed class TestWorkspace : IAsyncDisposable
{
    private readonly TempFolder _folder = new();

    public TestWorkspace()
    {
        Workspace = Workspace.Open(_folder.Path, new WorkspaceOptions { Time = Clock, Seed = 42, FlushToDisk = false });
    }

    public ManualTimeProvider Clock { get; } = new();

    public Workspace Workspace { get; }

    public string Folder => _folder.Path;

    public async ValueTask DisposeAsync()
    {
        await Workspace.DisposeAsync();
        _folder.Dispose();
    }
}
