using System.Collections.Concurrent;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Coverage.Propagation;
using TelecomGis.Core.Planning;

namespace TelecomGis.Api.Analysis;

/// <summary>
/// The coverage runs of this process: each starts on the thread pool and is kept with its result; results are shared through a
/// <see cref="CoverageCache"/>, so asking again for the same plan sites and parameters finishes at once. Finished results are
/// released by <see cref="CoverageRetention"/> (after a while, and beyond a count or a memory budget, oldest first); a released
/// run answers 410 Gone, and a restart forgets every run (they are recomputed on demand, not stored). Thread-safe.
/// </summary>
public sealed class CoverageJobs : IDisposable
{
    /// <summary>How long the id of a released run is remembered, so that it answers 410 rather than 404.</summary>
    private static readonly TimeSpan RememberReleasedFor = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<Guid, CoverageJob> _jobs = new();

    /// <summary>Runs started and still computing: the queue the metrics report.</summary>
    public int RunningCount => _jobs.Values.Count(j => j.State == CoverageJobState.Running);
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _released = new();
    private readonly ConcurrentDictionary<(string SiteSetVersion, CoverageParameters Parameters), Held> _held = new();
    private readonly CoverageCache _cache = new();
    private readonly TimeProvider _clock;
    private readonly CoverageRetention _retention;
    private readonly ITimer _sweeper;
    private readonly Lock _sweeping = new();

    /// <summary>The service's registry: retention from the <c>Coverage</c> configuration section.</summary>
    public CoverageJobs(TimeProvider clock, IConfiguration configuration)
        : this(clock, CoverageRetention.From(configuration)) { }

    internal CoverageJobs(TimeProvider clock, CoverageRetention retention)
    {
        _clock = clock;
        _retention = retention;
        // Released also while nobody asks: the memory should come back after the last planner went home.
        var period = retention.KeepFor < TimeSpan.FromMinutes(1) ? retention.KeepFor : TimeSpan.FromMinutes(1);
        _sweeper = clock.CreateTimer(_ => Release(), null, period, period);
    }

    /// <summary>A finished result in memory: when it was last computed or served by the cache, and its estimated size.</summary>
    private sealed record Held(CoverageResult Result, DateTimeOffset At, long Bytes);

    /// <summary>Results kept now (for tests and metrics).</summary>
    internal int HeldResults => _held.Count;

    /// <summary>The run, or null when there is none (or it was released).</summary>
    public CoverageJob? Find(Guid id)
    {
        Release();
        return _jobs.GetValueOrDefault(id);
    }

    /// <summary>The run, or <see cref="CoverageRunExpiredException"/> (410) once released, or <see cref="NotFoundException"/> (404).</summary>
    public CoverageJob Get(Guid id) =>
        Find(id)
        ?? (_released.ContainsKey(id) ? throw new CoverageRunExpiredException(id) : throw new NotFoundException($"No coverage run {id}."));

    /// <summary>The run and its result, or 404/410, or <see cref="ConflictException"/> (409) while it runs, or when it failed or was cancelled.</summary>
    public (CoverageJob Job, CoverageResult Result) GetFinished(Guid id)
    {
        var job = Get(id);
        return job.Result is { } result
            ? (job, result)
            : throw new ConflictException($"Coverage run {id} is {job.State.ToString().ToLowerInvariant()}, not finished.");
    }

    /// <summary>The finished run that finished last, if any: what a resilience scenario compares against by default.</summary>
    public CoverageJob? LatestFinished()
    {
        Release();
        return _jobs.Values.Where(j => j.Result is not null).MaxBy(j => j.FinishedAt);
    }

    /// <summary>A run awaited in place (no job), through the same cache: a resilience scenario's runs before and after.</summary>
    public async Task<CoverageResult> Compute(CoverageInputs inputs, CoverageParameters parameters, CancellationToken cancellationToken)
    {
        var result = await _cache.GetOrCompute(inputs, parameters, () =>
            Task.Run(() => CoverageComputation.Run(inputs, parameters, cancellationToken: cancellationToken), cancellationToken)
        );
        Hold(result);
        return result;
    }

    public CoverageJob Start(ProvincePlan plan, CoverageParameters parameters)
    {
        Release();
        var inputs = CoverageInputs.FromPlan(plan, parameters, PathLossModels.For);
        var job = new CoverageJob(Guid.NewGuid(), parameters, inputs.Grid.Rows);
        _jobs[job.Id] = job;
        _ = Task.Run(async () =>
        {
            try
            {
                var result = await _cache.GetOrCompute(inputs, parameters, () =>
                    Task.Run(() => CoverageComputation.Run(inputs, parameters, job.Progress, cancellationToken: job.Cancellation.Token))
                );
                // Held first: a run seen finished has its result counted against the limits already.
                Hold(result);
                job.Finish(result, _clock.GetUtcNow());
            }
            catch (Exception e)
            {
                job.Fail(e, _clock.GetUtcNow());
            }
        });
        return job;
    }

    /// <summary>Notes a result as finished now, then applies the count and memory limits.</summary>
    private void Hold(CoverageResult result)
    {
        _held[(result.Inputs.SiteSetVersion, result.Parameters)] = new Held(result, _clock.GetUtcNow(), EstimatedBytes(result));
        Release();
    }

    /// <summary>
    /// Releases what the retention says: runs that ended longer than <see cref="CoverageRetention.KeepFor"/> ago, results not
    /// computed or served for as long, then the oldest results while more than the count or the memory budget are kept (never the
    /// newest). Runs whose result is released go with it. Cheap when there is nothing to release.
    /// </summary>
    internal void Release()
    {
        lock (_sweeping)
        {
            var now = _clock.GetUtcNow();
            var expired = now - _retention.KeepFor;
            foreach (var (key, held) in _held)
            {
                if (held.At <= expired)
                    Drop(key, held, now);
            }
            var byAge = _held.OrderBy(h => h.Value.At).ToList();
            var bytes = byAge.Sum(h => h.Value.Bytes);
            for (var i = 0; i < byAge.Count - 1 && (byAge.Count - i > _retention.MaxResults || bytes > _retention.MaxBytes); i++)
            {
                Drop(byAge[i].Key, byAge[i].Value, now);
                bytes -= byAge[i].Value.Bytes;
            }
            foreach (var job in _jobs.Values)
            {
                if (job.EndedAt is { } ended && ended <= expired)
                    Forget(job, now);
            }
            foreach (var (id, at) in _released)
            {
                if (at <= now - RememberReleasedFor)
                    _released.TryRemove(id, out _);
            }
        }
    }

    private void Drop((string SiteSetVersion, CoverageParameters Parameters) key, Held held, DateTimeOffset now)
    {
        _held.TryRemove(key, out _);
        _cache.Forget(key.SiteSetVersion, key.Parameters);
        foreach (var job in _jobs.Values)
        {
            if (ReferenceEquals(job.Result, held.Result))
                Forget(job, now);
        }
    }

    private void Forget(CoverageJob job, DateTimeOffset now)
    {
        if (_jobs.TryRemove(job.Id, out _))
        {
            _released[job.Id] = now;
            job.Cancellation.Dispose();
        }
    }

    /// <summary>The rasters a result holds: per layer a float level and an int server per cell, and the commune raster's int.</summary>
    internal static long EstimatedBytes(CoverageResult result) =>
        (long)result.Grid.CellCount * (result.Layers.Count * (sizeof(float) + sizeof(int)) + sizeof(int));

    public void Dispose() => _sweeper.Dispose();
}
