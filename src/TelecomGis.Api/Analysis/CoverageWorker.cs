using TelecomGis.Api.Hosting;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Coverage.Propagation;
using TelecomGis.Core.Planning;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Analysis;

/// <summary>
/// Works the coverage queue in the store, in every instance (issue 14): claims the oldest queued run (or one whose owner stopped
/// renewing its lease: an instance that died), runs it with its progress written and its lease renewed every third of the lease,
/// stops when someone asks to cancel it from any instance, and ends it with its result files (<see cref="CoverageResultFiles"/>) in
/// the same transaction. An instance that is stopped gives its run back at once (its lease is ended), so another takes it over
/// without waiting for the lease; one that is killed leaves it to be taken over when the lease runs out.
/// </summary>
public sealed partial class CoverageWorker(
    CoverageJobs jobs,
    IAppraisalStore store,
    LoadedPlans plans,
    TimeProvider clock,
    CoverageWorkerOptions options,
    IHostApplicationLifetime lifetime,
    ILogger<CoverageWorker> log
) : BackgroundService
{
    /// <summary>This instance as the owner of the runs it claims: host, process and a random part (two processes may share a pid).</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The host cancels stoppingToken only when it reaches this service in its stop order, after the web server has drained
        // its requests (seconds): a run kept going that long may finish here instead of being given back. ApplicationStopping
        // is signalled as the stop begins.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        await Task.WhenAll(Enumerable.Range(0, options.ConcurrentRuns).Select(_ => WorkAsync(stopping.Token)));
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                jobs.NoteOpenJobs(await store.CountOpenJobsAsync(CoverageJobs.Kind, stoppingToken));
                if (!await RunNextAsync(stoppingToken))
                    await jobs.WaitForWorkAsync(options.Poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The store unreachable for a moment: the next round tries again.
                Unreachable(log, e);
                await Task.Delay(options.Poll, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Claims one run and works it to its end; false when there was none to claim.</summary>
    internal async Task<bool> RunNextAsync(CancellationToken stoppingToken)
    {
        var now = clock.GetUtcNow();
        var job = await store.ClaimJobAsync(CoverageJobs.Kind, Owner, now, now + options.Lease, options.MaxAttempts, stoppingToken);
        if (job is null)
            return false;
        Claimed(log, job.Id, job.Attempts);
        await RunAsync(job, stoppingToken);
        await jobs.ReleaseAsync(CancellationToken.None);
        return true;
    }

    private async Task RunAsync(StoredJob job, CancellationToken stoppingToken)
    {
        // From the first row again when taken over: the rows a dead instance computed died with it.
        var rows = new RowCounter();
        using var run = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        using var renewing = new CancellationTokenSource();
        var cancel = new CancelWatch();
        var lease = RenewAsync(job.Id, rows, run, cancel, renewing.Token);
        JobState state;
        string? failure = null;
        IReadOnlyDictionary<string, byte[]> files = new Dictionary<string, byte[]>();
        try
        {
            var result = await ComputeAsync(job, rows, run.Token);
            jobs.Finished(job.Id, result);
            files = await Task.Run(() => CoverageResultFiles.Write(result), run.Token);
            // Writing the files of a fine run takes as long as computing it and cannot be interrupted: a cancel asked meanwhile
            // still wins (the user asked before the run ended). An instance stopping meanwhile finishes it: the result is whole.
            if (cancel.Requested)
                throw new OperationCanceledException(run.Token);
            state = JobState.Finished;
        }
        catch (OperationCanceledException) when (run.IsCancellationRequested)
        {
            state = JobState.Cancelled;
        }
        catch (Exception e)
        {
            Failed(log, job.Id, e);
            state = JobState.Failed;
            failure = e.Message;
        }
        await renewing.CancelAsync();
        var (held, cancelRequested) = await lease;
        if (!held)
        {
            // Another instance took it over (this one missed its renewals): its end is theirs to write.
            Lost(log, job.Id);
            return;
        }
        if (state == JobState.Cancelled && !cancelRequested)
        {
            // Stopped because this instance is stopping: given back at once (its lease ends now), to be run by another.
            await store.RenewJobAsync(job.Id, Owner, rows.Rows, clock.GetUtcNow(), CancellationToken.None);
            return;
        }
        if (!await store.EndJobAsync(job.Id, Owner, state, failure, files, clock.GetUtcNow(), CancellationToken.None))
            Lost(log, job.Id);
    }

    private async Task<CoverageResult> ComputeAsync(StoredJob job, RowCounter rows, CancellationToken cancellationToken)
    {
        var parameters = CoverageJobParameters.Read(job.Parameters);
        var plan = (job.PlanVersion is { } hash ? await plans.GetAsync(new PlanVersion(hash), cancellationToken) : null)
            ?? throw new InvalidOperationException(
                "Phiên bản quy hoạch của lượt tính này không còn trong kho dữ liệu. The plan version of this run is no longer in the store."
            );
        // Today's index serves when the run asks for today's communes (the usual case): no second index is built.
        var inputs = await Task.Run(
            () =>
                plan.Engine.Index.CommunesValidOn == parameters.CommunesOn
                    ? CoverageInputs.FromPlan(plan.Engine.Index, parameters, PathLossModels.For)
                    : CoverageInputs.FromPlan(plan.Plan, parameters, PathLossModels.For),
            cancellationToken
        );
        while (true)
        {
            try
            {
                return await jobs.Cache.GetOrCompute(inputs, parameters, () =>
                    Task.Run(
                        () => CoverageComputation.Run(inputs, parameters, rows, cancellationToken: cancellationToken),
                        cancellationToken
                    )
                );
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Shared with another run of the same sites and parameters that was cancelled: this one computes on its own.
            }
        }
    }

    /// <summary>
    /// Writes the progress and renews the lease until <paramref name="done"/>; cancels <paramref name="run"/> when someone asked to
    /// cancel or the lease was lost. Says at the end whether the lease is still held and whether a cancel was asked for.
    /// </summary>
    private async Task<(bool Held, bool CancelRequested)> RenewAsync(
        Guid id,
        RowCounter rows,
        CancellationTokenSource run,
        CancelWatch cancel,
        CancellationToken done
    )
    {
        var cancelRequested = false;
        while (!done.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Renewal, clock, done);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            try
            {
                var lease = await store.RenewJobAsync(id, Owner, rows.Rows, clock.GetUtcNow() + options.Lease, CancellationToken.None);
                if (!lease.Held)
                {
                    await run.CancelAsync();
                    return (false, cancelRequested);
                }
                if (lease.CancelRequested && !cancelRequested)
                {
                    cancelRequested = true;
                    cancel.Requested = true;
                    await run.CancelAsync();
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One missed renewal is survivable (the lease is three renewals long); the next one tries again.
                Unreachable(log, e);
            }
        }
        return (true, cancelRequested);
    }

    /// <summary>Whether the renewals have seen a cancel asked for, read by the run once its files are written.</summary>
    private sealed class CancelWatch
    {
        private volatile bool _requested;

        public bool Requested
        {
            get => _requested;
            set => _requested = value;
        }
    }

    /// <summary>The rows a run has finished, as the computation reports them (from its threads) and the renewal reads them.</summary>
    private sealed class RowCounter : IProgress<int>
    {
        private int _rows;

        public int Rows => Volatile.Read(ref _rows);

        public void Report(int value) => Volatile.Write(ref _rows, value);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Coverage run {Id} claimed (attempt {Attempt}).")]
    private static partial void Claimed(ILogger logger, Guid id, int attempt);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Coverage run {Id} was taken over by another instance; its end is not written here."
    )]
    private static partial void Lost(ILogger logger, Guid id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Coverage run {Id} failed.")]
    private static partial void Failed(ILogger logger, Guid id, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not reach the store for the coverage queue; trying again.")]
    private static partial void Unreachable(ILogger logger, Exception exception);
}
