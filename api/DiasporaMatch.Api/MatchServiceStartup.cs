using DiasporaMatch.Hosting;
using DiasporaMatch.Matching;
using DiasporaMatch.Replication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiasporaMatch.Api;

/// <summary>
/// The host's match service, opened once by start-up work (<see cref="MatchServiceStartupService"/>) rather than
/// in a DI factory: restore the newest index snapshot when the host follows a replica, open the indexes, apply the
/// store changes they have not seen, finish erasures a crash interrupted. Requests await <see cref="OpenAsync"/>; readiness reports <see cref="IsReady"/>.
/// </summary>
public sealed class MatchServiceStartup : IDisposable
{
    private readonly Workspace _workspace;
    private readonly IndexSnapshotReplica? _replica;
    private readonly TimeProvider _time;
    private readonly int _warmUpNeeds;
    private readonly ILogger<MatchServiceStartup> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lazy<Task<MatchService>> _open;
    private volatile Task? _warmedAtStart;

    public MatchServiceStartup(Workspace workspace, TimeProvider time, ILogger<MatchServiceStartup> logger, IOptions<ApiOptions> options, IndexSnapshotReplica? replica = null)
    {
        _warmUpNeeds = options.Value.WarmUpNeeds;
        _workspace = workspace;
        _replica = replica;
        _time = time;
        _logger = logger;
        _open = new Lazy<Task<MatchService>>(() => RunAsync(_stopping.Token));
    }

    /// <summary>True once the indexes are open and caught up: requests are served from then on.</summary>
    public bool IsReady => _open.IsValueCreated && _open.Value.IsCompletedSuccessfully;

    /// <summary>
    /// True once the indexes have decoded the facts of the searchers they opened at start (in the background): before
    /// that a ranking runs about twice as slow, so readiness waits for it, while requests are already served. Decoding
    /// the few segments a later write adds does not take the host out of rotation.
    /// </summary>
    public bool IsWarm => IsReady && _warmedAtStart is { IsCompleted: true };

    /// <summary>Why start-up failed, if it did.</summary>
    public Exception? Failure => _open.IsValueCreated ? _open.Value.Exception?.GetBaseException() : null;

    /// <summary>The open match service; only after <see cref="OpenAsync"/> completed (request handlers run after it).</summary>
    public MatchService Current => IsReady
        ? _open.Value.Result
        : throw new InvalidOperationException("The match service is not open yet: await MatchServiceStartup.OpenAsync first");

    /// <summary>Starts the work on first call; every caller awaits the same work (<paramref name="cancellationToken"/> stops only the waiting).</summary>
    public Task<MatchService> OpenAsync(CancellationToken cancellationToken = default) => _open.Value.WaitAsync(cancellationToken);

    public void Dispose()
    {
        _stopping.Cancel();
        if (IsReady)
        {
            var service = _open.Value.Result;
            _workspace.Assignments.DecisionRecorded -= service.LogDecisionAsync; // the workspace may outlive this host
            service.Dispose();
        }

        _stopping.Dispose();
    }

    private async Task<MatchService> RunAsync(CancellationToken cancellationToken)
    {
        await Task.Yield(); // the caller of OpenAsync never runs the work on its own thread
        var started = _time.GetTimestamp();
        try
        {
            if (_replica is not null)
            {
                // A scaled-out host: the local index starts from the newest published snapshot, then follows the change log.
                var restored = await _replica.RestoreNewestAsync(_workspace.IndexFolder, cancellationToken);
                if (restored is not null)
                {
                    Log.SnapshotRestored(_logger, restored.Cursor);
                }
            }

            var service = _workspace.CreateMatchService();
            _ = _workspace.TermNormaliser; // the resolver is built before readiness, so the first write does not wait for it
            try
            {
                await service.Indexer.CatchUpAsync(cancellationToken);
            }
            catch
            {
                service.Dispose();
                throw;
            }

            // Workflow decisions log the pair's features too, exactly as decisions posted directly do.
            _workspace.Assignments.DecisionRecorded += service.LogDecisionAsync;

            // Erasures a crash left half done are finished before the host answers, so no request meets a half-erased expert.
            var erasures = new Privacy.ErasureService(_workspace.Store, service, _workspace.Audit, _workspace.Assignments, _workspace.ErasureKey);
            if (await erasures.ResumePendingAsync(cancellationToken) is > 0 and var resumed)
            {
                Log.ErasuresResumed(_logger, resumed);
            }

            // Ranked once before readiness, so the first requests a load balancer sends do not compile the ranking path.
            await service.WarmUpAsync(_warmUpNeeds, cancellationToken);

            _warmedAtStart = service.Indexes.Warmed;
            var seconds = _time.GetElapsedTime(started).TotalSeconds;
            Log.Ready(_logger, service.Indexes.Cursor, seconds);
            return service;
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // A host stopped mid-start disposes what the start-up was using: that is the stop, not a failed start.
            Log.StartupFailed(_logger, ex);
            throw;
        }
    }
}
