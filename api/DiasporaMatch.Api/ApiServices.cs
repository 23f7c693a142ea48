using DiasporaMatch.Access;
using DiasporaMatch.Assignments;
using DiasporaMatch.Hosting;
using DiasporaMatch.Matching;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiasporaMatch.Api;

/// <summary>The services handlers call: records, store, matching; one instance per host.</summary>
public sealed class ApiServices
{
    private readonly Workspace workspace;
    private readonly MatchServiceStartup startup;
    private readonly IOptions<ApiOptions> options;
    private readonly TokenService tokens;
    private readonly TokenRevocations revocations;

    public ApiServices(Workspace workspace, MatchServiceStartup startup, IOptions<ApiOptions> options, TokenService tokens, TokenRevocations revocations, HealthCheckService health, ILogger<ApiServices> logger)
    {
        this.revocations = revocations;
        this.workspace = workspace;
        this.startup = startup;
        this.options = options;
        this.tokens = tokens;
        Health = health;
        Logger = logger;
    }

    public Workspace Workspace => workspace;

    public AssignmentService Assignments => workspace.Assignments;

    public RecordService Records => workspace.Records;

    public IDocumentStore Store => workspace.Store;

    /// <summary>The open match service: route handlers run once start-up work has opened it (see <see cref="ApiRouteTable.InvokeAsync"/>).</summary>
    public MatchService Matches => startup.Current;

    /// <summary>Start-up work: hosts and tests await <see cref="MatchServiceStartup.OpenAsync"/> before using <see cref="Matches"/>.</summary>
    public MatchServiceStartup Startup => startup;

    public HealthCheckService Health { get; }

    internal ILogger Logger { get; }

    /// <summary>
    /// One model training at a time on this host's workspace. Per host, not per process: tests and tools run several
    /// hosts in one process, and one's training must not refuse another's.
    /// </summary>
    internal SemaphoreSlim Training { get; } = new(1, 1);

    public ApiOptions Options => options.Value;

    public TokenService Tokens => tokens;

    /// <summary>Per-subject "not before" of bearer tokens; erasure revokes the expert's.</summary>
    public TokenRevocations Revocations => revocations;

    public Privacy.ErasureService Erasure => new(workspace.Store, Matches, workspace.Audit, workspace.Assignments, workspace.ErasureKey);

    /// <summary>Merges duplicate profiles: what the merged-away one held follows the survivor, then it is erased (<see cref="Erasure"/>).</summary>
    public Merging.ProfileMerger Merger => new(workspace.Store, Matches, workspace.Audit, Erasure);

    /// <summary>The one audit call of every API write path: <c>kind.verb</c> on one record, summaries without personal data.</summary>
    public Task AuditAsync(Caller? caller, string kind, string verb, string id, string? before, string? after, CancellationToken cancellationToken) =>
        workspace.Audit.AppendAsync(caller, $"{kind}.{verb}", kind, id, before, after, cancellationToken);

    /// <summary>Applies pending store changes to the indexes, so a write is searchable when its response is sent (after start-up work, which it awaits).</summary>
    public async Task IndexChangesAsync(CancellationToken cancellationToken)
    {
        var matches = await startup.OpenAsync(cancellationToken);
        await matches.Indexer.CatchUpAsync(cancellationToken);
    }
}
