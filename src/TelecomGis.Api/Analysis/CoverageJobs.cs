using System.Collections.Concurrent;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Coverage.Propagation;
using TelecomGis.Core.Planning;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Analysis;

/// <summary>
/// The coverage runs of the deployment, kept in the store's job table (issue 14): a run is queued there, run by whichever instance
/// claims it (<see cref="CoverageWorker"/>), and its state, progress and results are read there, so that every instance behind a
/// balancer answers for every run. Released after <see cref="CoverageRetention"/>: the stored results of runs that ended
/// <see cref="CoverageRetention.KeepFor"/> ago, or beyond <see cref="CoverageRetention.MaxResults"/> finished runs, oldest first (a
/// released run answers 410 Gone). Results computed here are also held in memory through a <see cref="CoverageCache"/> (asking
/// again for the same sites and parameters finishes at once; a resilience scenario compares against them), within the same age
/// and count and <see cref="CoverageRetention.MaxBytes"/> of rasters. Thread-safe.
/// </summary>
public sealed class CoverageJobs : IDisposable
{
    /// <summary>A run that does not exist, or that this caller may not see, said without its id (a GUID means nothing to a reader).</summary>
    private const string NoRunVi = "Không có lượt tính vùng phủ này.";

    /// <summary>The job kind of coverage runs in the store.</summary>
    public const string Kind = "coverage";

    private readonly IJobStore _store;
    private readonly LoadedPlans _plans;
    private readonly ConcurrentDictionary<(string SiteSetVersion, CoverageParameters Parameters), Held> _held = new();
    private readonly ConcurrentDictionary<Guid, CoverageResult> _byJob = new();
    private readonly TimeProvider _clock;
    private readonly CoverageRetention _retention;
    private readonly ITimer _sweeper;
    private readonly Lock _sweeping = new();
    private readonly SemaphoreSlim _queued = new(0);
    private int _open;

    /// <summary>The service's registry: retention from the <c>Coverage</c> configuration section.</summary>
    public CoverageJobs(IAppraisalStore store, LoadedPlans plans, TimeProvider clock, IConfiguration configuration)
        : this(store, plans, clock, CoverageRetention.From(configuration)) { }

    internal CoverageJobs(IJobStore store, LoadedPlans plans, TimeProvider clock, CoverageRetention retention)
    {
        _store = store;
        _plans = plans;
        _clock = clock;
        _retention = retention;
        // Released also while nobody asks: the memory and the store's space should come back after the last planner went home.
        var period = retention.KeepFor < TimeSpan.FromMinutes(1) ? retention.KeepFor : TimeSpan.FromMinutes(1);
        _sweeper = clock.CreateTimer(_ => _ = SweepAsync(), null, period, period);
    }

    /// <summary>A finished result in memory: when it was last computed or served by the cache, and its estimated size.</summary>
    private sealed record Held(CoverageResult Result, DateTimeOffset At, long Bytes);

    /// <summary>Shared by this instance's runs and scenarios: concurrent askers of one key share one computation.</summary>
    internal CoverageCache Cache { get; } = new();

    /// <summary>Results held in memory now (for tests and metrics).</summary>
    internal int HeldResults => _held.Count;

    /// <summary>Runs queued or running in the whole deployment, as this instance's worker last read it: the queue the metrics report.</summary>
    public int OpenJobs => Volatile.Read(ref _open);

    internal void NoteOpenJobs(int count) => Volatile.Write(ref _open, count);

    /// <summary>Queues a run on the current plan's sites; an instance's worker claims it (this one's at once, when it has room).</summary>
    public async Task<StoredJob> StartAsync(
        CurrentPlan current,
        CoverageParameters parameters,
        string submittedBy,
        CancellationToken cancellationToken
    )
    {
        // The rows its progress counts: the grid over the province, laid out here as the run will lay it.
        var index = current.Engine.Index;
        var grid = CoverageGrid.Covering(index.Province.Features[0].Metric.EnvelopeInternal, parameters.ResolutionM, index.Frame.Epsg);
        var job = new NewJob(
            Guid.NewGuid(),
            Kind,
            CoverageJobParameters.Write(parameters),
            current.Plan.Version.Hash,
            grid.Rows,
            submittedBy,
            _clock.GetUtcNow()
        );
        await _store.EnqueueJobAsync(job, cancellationToken);
        _queued.Release();
        return (await _store.FindJobAsync(job.Id, cancellationToken))!;
    }

    /// <summary>Waits until a run is queued here or <paramref name="timeout"/> passes (runs queued elsewhere are found by polling).</summary>
    internal async Task WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _queued.WaitAsync(timeout, cancellationToken);

    /// <summary>The run, or <see cref="CoverageRunExpiredException"/> (410) once released, or <see cref="NotFoundException"/> (404).</summary>
    /// <summary>
    /// The run as <paramref name="caller"/> (a request's view of the store, issue 12 item 5) may see it: a run on another province's
    /// plan version is a 404 like one that does not exist. Null, or a view of the whole store, sees every run.
    /// </summary>
    public async Task<StoredJob> GetAsync(Guid id, IAppraisalStore? caller, CancellationToken cancellationToken)
    {
        var job = await _store.FindJobAsync(id, cancellationToken);
        if (job is null || job.Kind != Kind || !await SeenByAsync(job, caller, cancellationToken))
            throw new NotFoundException($"No coverage run {id}.", NoRunVi);
        return job.ReleasedAt is null ? job : throw new CoverageRunExpiredException(id);
    }

    /// <summary>The finished run, or 404/410, or <see cref="ConflictException"/> (409) while it runs, or when it failed or was cancelled.</summary>
    public async Task<StoredJob> GetFinishedAsync(Guid id, IAppraisalStore? caller, CancellationToken cancellationToken)
    {
        var job = await GetAsync(id, caller, cancellationToken);
        return job.State == JobState.Finished
            ? job
            : throw new ConflictException(
                $"Coverage run {id} is {CoverageJobView.StateOf(job).ToString().ToLowerInvariant()}, not finished.",
                CoverageJobView.StateOf(job) switch
                {
                    CoverageJobState.Failed => CoverageJobView.FailedVi,
                    CoverageJobState.Cancelled => "Lượt tính vùng phủ này đã bị hủy, không có kết quả.",
                    _ => "Lượt tính vùng phủ này chưa xong; hãy xem lại khi đã hoàn tất.",
                }
            );
    }

    /// <summary>One file of a finished run (<see cref="CoverageResultFiles"/>), or 404/409/410.</summary>
    public async Task<byte[]> ResultAsync(Guid id, string name, IAppraisalStore? caller, CancellationToken cancellationToken)
    {
        await GetFinishedAsync(id, caller, cancellationToken);
        // Released between the two reads: gone all the same.
        return await _store.LoadJobResultAsync(id, name, cancellationToken) ?? throw new CoverageRunExpiredException(id);
    }

    /// <summary>Asks a run to stop, from any instance: a queued run ends cancelled at once, a running one when its owner next renews.</summary>
    public async Task<StoredJob> CancelAsync(Guid id, IAppraisalStore? caller, CancellationToken cancellationToken)
    {
        await GetAsync(id, caller, cancellationToken);
        return await _store.CancelJobAsync(id, _clock.GetUtcNow(), cancellationToken)
            ?? throw new NotFoundException($"No coverage run {id}.", NoRunVi);
    }

    /// <summary>
    /// The finished run that finished last and is still kept, on a plan version of the caller's province (null: any), if any: what
    /// a report or a scenario reads by default.
    /// </summary>
    public async Task<StoredJob?> LatestFinishedAsync(IAppraisalStore? caller, CancellationToken cancellationToken)
    {
        if (caller?.Province is null)
            return await _store.ListKeptJobsAsync(Kind, JobState.Finished, 1, cancellationToken) is [var latest, ..] ? latest : null;
        var versions = await VersionsOfAsync(caller, cancellationToken);
        // Kept runs are few (retention releases them), so the latest of the province is among the latest kept.
        var kept = await _store.ListKeptJobsAsync(Kind, JobState.Finished, 200, cancellationToken);
        return kept.FirstOrDefault(j => j.PlanVersion is { } hash && versions.Contains(hash));
    }

    private static async Task<bool> SeenByAsync(StoredJob job, IAppraisalStore? caller, CancellationToken cancellationToken) =>
        caller?.Province is null || job.PlanVersion is { } hash && (await VersionsOfAsync(caller, cancellationToken)).Contains(hash);

    private static async Task<HashSet<string>> VersionsOfAsync(IAppraisalStore caller, CancellationToken cancellationToken) =>
        [.. (await caller.ListPlanVersionsAsync(cancellationToken)).Select(v => v.Version.Hash)];

    /// <summary>
    /// The in-memory result of a finished run, for a resilience scenario: the one held here when this instance ran it, else computed
    /// again here from the job's plan version and parameters (the computation is deterministic, so it is the same result).
    /// </summary>
    public async Task<CoverageResult> ResultOfAsync(StoredJob job, CancellationToken cancellationToken)
    {
        if (_byJob.TryGetValue(job.Id, out var held))
            return held;
        var plan = (job.PlanVersion is { } hash ? await _plans.GetAsync(new PlanVersion(hash), cancellationToken) : null)
            ?? throw new ConflictException(
                $"The plan version of coverage run {job.Id} is no longer in the store.",
                "Phiên bản quy hoạch của lượt tính vùng phủ này không còn trong kho dữ liệu."
            );
        var parameters = CoverageJobParameters.Read(job.Parameters);
        var result = await Compute(CoverageInputs.FromPlan(plan.Plan, parameters, PathLossModels.For), parameters, cancellationToken);
        _byJob[job.Id] = result;
        return result;
    }

    /// <summary>A run awaited in place (no job), through the same cache: a resilience scenario's runs before and after.</summary>
    public async Task<CoverageResult> Compute(CoverageInputs inputs, CoverageParameters parameters, CancellationToken cancellationToken)
    {
        var result = await Cache.GetOrCompute(inputs, parameters, () =>
            Task.Run(() => CoverageComputation.Run(inputs, parameters, cancellationToken: cancellationToken), cancellationToken)
        );
        Hold(result);
        return result;
    }

    /// <summary>Notes the result a job run here computed, so that a scenario on this instance need not compute it again.</summary>
    internal void Finished(Guid jobId, CoverageResult result)
    {
        _byJob[jobId] = result;
        Hold(result);
    }

    /// <summary>Notes a result as finished now, then applies the count and memory limits.</summary>
    private void Hold(CoverageResult result)
    {
        _held[(result.Inputs.SiteSetVersion, result.Parameters)] = new Held(result, _clock.GetUtcNow(), EstimatedBytes(result));
        Release();
    }

    /// <summary>Applies the retention to the store and to memory now (the sweeper does it every minute, a worker after each run).</summary>
    internal async Task ReleaseAsync(CancellationToken cancellationToken = default)
    {
        Release();
        var now = _clock.GetUtcNow();
        await _store.ReleaseJobResultsAsync(now - _retention.KeepFor, now, cancellationToken);
        var kept = await _store.ListKeptJobsAsync(Kind, JobState.Finished, _retention.MaxResults + 1, cancellationToken);
        if (kept.Count > _retention.MaxResults && kept[_retention.MaxResults - 1].EndedAt is { } oldestKept)
            await _store.ReleaseJobResultsAsync(oldestKept, now, cancellationToken);
    }

    private async Task SweepAsync()
    {
        try
        {
            await ReleaseAsync();
        }
        catch (Exception)
        {
            // The store unreachable for a moment: the next sweep releases what this one could not.
        }
    }

    /// <summary>
    /// Releases from memory what the retention says: results not computed or served for <see cref="CoverageRetention.KeepFor"/>,
    /// then the oldest while more than the count or the memory budget are held (never the newest). Cheap when there is nothing.
    /// </summary>
    internal void Release()
    {
        lock (_sweeping)
        {
            var expired = _clock.GetUtcNow() - _retention.KeepFor;
            foreach (var (key, held) in _held)
            {
                if (held.At <= expired)
                    Drop(key, held);
            }
            var byAge = _held.OrderBy(h => h.Value.At).ToList();
            var bytes = byAge.Sum(h => h.Value.Bytes);
            for (var i = 0; i < byAge.Count - 1 && (byAge.Count - i > _retention.MaxResults || bytes > _retention.MaxBytes); i++)
            {
                Drop(byAge[i].Key, byAge[i].Value);
                bytes -= byAge[i].Value.Bytes;
            }
        }
    }

    private void Drop((string SiteSetVersion, CoverageParameters Parameters) key, Held held)
    {
        _held.TryRemove(key, out _);
        Cache.Forget(key.SiteSetVersion, key.Parameters);
        foreach (var (id, result) in _byJob)
        {
            if (ReferenceEquals(result, held.Result))
                _byJob.TryRemove(id, out _);
        }
    }

    /// <summary>The rasters a result holds: per layer a float level and an int server per cell, and the commune raster's int.</summary>
    internal static long EstimatedBytes(CoverageResult result) =>
        (long)result.Grid.CellCount * (result.Layers.Count * (sizeof(float) + sizeof(int)) + sizeof(int));

    public void Dispose()
    {
        _sweeper.Dispose();
        _queued.Dispose();
    }
}
