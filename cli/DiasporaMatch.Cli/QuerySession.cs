using DiasporaMatch.Hosting;
using DiasporaMatch.Matching;

namespace DiasporaMatch.Cli;

/// <summary>What a query command reads: a read-only workspace and its read-only match service, closed together.</summary>
internal sealed class QuerySession(Workspace workspace, MatchService service) : IAsyncDisposable
{
    public Workspace Workspace => workspace;

    public MatchService Service => service;

    public async ValueTask DisposeAsync()
    {
        service.Dispose();
        await workspace.DisposeAsync();
    }
}
