using DiasporaMatch.Access;
using DiasporaMatch.Assignments;
using DiasporaMatch.Hosting;
using DiasporaMatch.Matching;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;
using Microsoft.Extensions.Options;

namespace DiasporaMatch.Api;

/// <summary>The services handlers call: records, store, matching; one instance per host.</summary>
public sealed class ApiServices
{
    private readonly Workspace workspace;
    private readonly MatchService matches;
    private readonly IOptions<ApiOptions> options;
    private readonly TokenService tokens;
    private readonly TokenRevocations revocations;

    public ApiServices(Workspace workspace, MatchService matches, IOptions<ApiOptions> options, TokenService tokens, TokenRevocations revocations)
    {
        this.revocations = revocations;
        this.workspace = workspace;
        this.matches = matches;
        this.options = options;
        this.tokens = tokens;

        // Workflow decisions log the pair's features too, exactly as decisions posted directly do.
        workspace.Assignments.DecisionRecorded ??= matches.LogDecisionAsync;
    }

    public Workspace Workspace => workspace;

    public AssignmentService Assignments => workspace.Assignments;

    public RecordService Records => workspace.Records;

    public IDocumentStore Store => workspace.Store;

    public MatchService Matches => matches;

    public ApiOptions Options => options.Value;

    public TokenService Tokens => tokens;

    /// <summary>Per-subject "not before" of bearer tokens; erasure revokes the expert's.</summary>
    public TokenRevocations Revocations => revocations;

    public Privacy.ErasureService Erasure => new(workspace.Store, matches, workspace.Audit, workspace.Assignments, workspace.ErasureKey);

    /// <summary>The one audit call of every API write path: <c>kind.verb</c> on one record, summaries without personal data.</summary>
    public Task AuditAsync(Caller? caller, string kind, string verb, string id, string? before, string? after, CancellationToken cancellationToken) =>
        workspace.Audit.AppendAsync(caller, $"{kind}.{verb}", kind, id, before, after, cancellationToken);

    /// <summary>Applies pending store changes to the indexes, so a write is searchable when its response is sent.</summary>
    public Task IndexChangesAsync(CancellationToken cancellationToken) => matches.Indexer.CatchUpAsync(cancellationToken);
}
