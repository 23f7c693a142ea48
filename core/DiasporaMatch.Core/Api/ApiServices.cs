using DiasporaMatch.Hosting;
using DiasporaMatch.Records;
using DiasporaMatch.Search;
using DiasporaMatch.Storage;
using Microsoft.Extensions.Options;

namespace DiasporaMatch.Api;

/// <summary>The services handlers call: records, store, matching; one instance per host.</summary>
public sealed class ApiServices(Workspace workspace, MatchService matches, IOptions<ApiOptions> options, TokenService tokens)
{
    public Workspace Workspace => workspace;

    public RecordService Records => workspace.Records;

    public IDocumentStore Store => workspace.Store;

    public MatchService Matches => matches;

    public ApiOptions Options => options.Value;

    public TokenService Tokens => tokens;

    public Privacy.ErasureService Erasure { get; } = new(workspace.Store, matches);

    /// <summary>Applies pending store changes to the indexes, so a write is searchable when its response is sent.</summary>
    public Task IndexChangesAsync(CancellationToken cancellationToken) => matches.Indexer.CatchUpAsync(cancellationToken);
}
