using System.Collections.Concurrent;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Coverage.Propagation;
using TelecomGis.Core.Planning;

namespace TelecomGis.Api.Analysis;

/// <summary>
/// The coverage runs of this process: each starts on the thread pool and is kept with its result; results are shared through a
/// <see cref="CoverageCache"/>, so asking again for the same plan sites and parameters finishes at once. Jobs live as long as the
/// process (a restart forgets them: they are recomputed on demand, not stored).
/// </summary>
public sealed class CoverageJobs
{
    private readonly ConcurrentDictionary<Guid, CoverageJob> _jobs = new();
    private readonly CoverageCache _cache = new();

    public CoverageJob? Find(Guid id) => _jobs.GetValueOrDefault(id);

    /// <summary>The run, or <see cref="NotFoundException"/> (404).</summary>
    public CoverageJob Get(Guid id) => Find(id) ?? throw new NotFoundException($"No coverage run {id}.");

    /// <summary>The run and its result, or 404, or <see cref="ConflictException"/> (409) while it runs, or when it failed or was cancelled.</summary>
    public (CoverageJob Job, CoverageResult Result) GetFinished(Guid id)
    {
        var job = Get(id);
        return job.Result is { } result
            ? (job, result)
            : throw new ConflictException($"Coverage run {id} is {job.State.ToString().ToLowerInvariant()}, not finished.");
    }

    /// <summary>The finished run that finished last, if any: what a resilience scenario compares against by default.</summary>
    public CoverageJob? LatestFinished() => _jobs.Values.Where(j => j.FinishedAt is not null).MaxBy(j => j.FinishedAt);

    /// <summary>A run awaited in place (no job), through the same cache: a resilience scenario's runs before and after.</summary>
    public Task<CoverageResult> Compute(CoverageInputs inputs, CoverageParameters parameters, CancellationToken cancellationToken) =>
        _cache.GetOrCompute(inputs, parameters, () =>
            Task.Run(() => CoverageComputation.Run(inputs, parameters, cancellationToken: cancellationToken), cancellationToken)
        );

    public CoverageJob Start(ProvincePlan plan, CoverageParameters parameters)
    {
        var inputs = CoverageInputs.FromPlan(plan, parameters, PathLossModels.For);
        var job = new CoverageJob(Guid.NewGuid(), parameters, inputs.Grid.Rows);
        _jobs[job.Id] = job;
        _ = Task.Run(async () =>
        {
            try
            {
                job.Finish(
                    await _cache.GetOrCompute(inputs, parameters, () =>
                        Task.Run(() => CoverageComputation.Run(inputs, parameters, job.Progress, cancellationToken: job.Cancellation.Token))
                    )
                );
            }
            catch (Exception e)
            {
                job.Fail(e);
            }
        });
        return job;
    }
}
