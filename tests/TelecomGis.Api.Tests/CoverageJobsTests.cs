using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using TelecomGis.Api.Analysis;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Planning;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.GeoPackage;
using TelecomGis.Storage.Stores;
using TelecomGis.Storage.Tests;

namespace TelecomGis.Api.Tests;

/// <summary>
/// Coverage runs in the store's job table (issue 14): queued, claimed and run by a worker, read, cancelled and taken over through
/// the store; released after their retention (issue 14: finished runs were never released, 651 MB → 10 GB after two 25 m runs).
/// Each test has a GeoPackage store of its own and a hand-moved clock; "another instance" is a second worker on the same store.
/// The runs are real, on coarse grids so that each takes a moment.
/// </summary>
public sealed class CoverageJobsTests : IAsyncLifetime
{
    private static readonly Lazy<ProvincePlan> Plan = new(() => PlanBundleReader.Read(TestPaths.CommittedBundle));
    private readonly string _file = Path.Combine(Path.GetTempPath(), "telecomgis-jobs-" + Guid.NewGuid().ToString("N") + ".gpkg");
    private readonly HandClock _clock = new();
    private GeoPackageStore _store = null!;
    private LoadedPlans _plans = null!;

    private sealed class HandClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 5, 2, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    public async Task InitializeAsync()
    {
        _store = await GeoPackageStore.OpenAsync(_file);
        _plans = new LoadedPlans(_store, new LoadedPlan(Plan.Value, _clock.GetUtcNow(), _clock), _clock);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        File.Delete(_file);
    }

    private CoverageJobs Jobs(CoverageRetention? retention = null) => new(_store, _plans, _clock, retention ?? new CoverageRetention());

    private CoverageWorker Worker(CoverageJobs jobs, IAppraisalStore? store = null, double leaseSeconds = 30) =>
        new(
            jobs,
            store ?? _store,
            _plans,
            _clock,
            new CoverageWorkerOptions { Lease = TimeSpan.FromSeconds(leaseSeconds) },
            new Microsoft.Extensions.Hosting.Internal.ApplicationLifetime(
                NullLogger<Microsoft.Extensions.Hosting.Internal.ApplicationLifetime>.Instance
            ),
            NullLogger<CoverageWorker>.Instance
        );

    private static CoverageParameters At(double resolutionM) => new() { ResolutionM = resolutionM, CommunesOn = new DateOnly(2026, 1, 1) };

    private Task<StoredJob> StartAsync(CoverageJobs jobs, double resolutionM) =>
        jobs.StartAsync(_plans.Current, At(resolutionM), "planner", CancellationToken.None);

    /// <summary>Queues a run and has the worker run it to its end.</summary>
    private async Task<StoredJob> FinishedAsync(CoverageJobs jobs, double resolutionM)
    {
        var job = await StartAsync(jobs, resolutionM);
        Assert.Equal(JobState.Queued, job.State);
        Assert.True(await Worker(jobs).RunNextAsync(CancellationToken.None));
        var finished = await jobs.GetFinishedAsync(job.Id, null, CancellationToken.None);
        Assert.Equal((JobState.Finished, finished.Rows), (finished.State, finished.RowsDone));
        return finished;
    }

    private async Task<StoredJob> WaitUntilAsync(Guid id, Func<StoredJob, bool> condition)
    {
        for (var i = 0; i < 2400; i++)
        {
            var job = (await _store.FindJobAsync(id))!;
            if (condition(job))
                return job;
            await Task.Delay(25);
        }
        throw new TimeoutException($"job {id} never reached the state waited for");
    }

    [Fact]
    public async Task ARunIsQueuedInTheStore_RunByAWorker_AndItsResultsAreReadFromTheStore()
    {
        using var jobs = Jobs();
        var job = await StartAsync(jobs, 3000);
        // Queued with its rows counted and its parameters and plan version written down for whichever instance claims it.
        Assert.Equal((JobState.Queued, 0, "planner"), (job.State, job.RowsDone, job.SubmittedBy));
        Assert.True(job.Rows > 10);
        Assert.Equal(Plan.Value.Version.Hash, job.PlanVersion);
        Assert.Equal(3000, CoverageJobParameters.Read(job.Parameters).ResolutionM);
        Assert.Equal(CoverageJobState.Running, CoverageJobView.Of(job).State);
        Assert.Equal(1, await _store.CountOpenJobsAsync(CoverageJobs.Kind));
        Assert.Throws<ConflictException>(() => jobs.GetFinishedAsync(job.Id, null, CancellationToken.None).GetAwaiter().GetResult());

        Assert.True(await Worker(jobs).RunNextAsync(CancellationToken.None));
        Assert.False(await Worker(jobs).RunNextAsync(CancellationToken.None));
        var tiff = await jobs.ResultAsync(job.Id, CoverageResultFiles.Raster, null, CancellationToken.None);
        Assert.Equal(42, BitConverter.ToUInt16(tiff, 2));
        var communes = CoverageResultFiles.ReadCommunes(
            await jobs.ResultAsync(job.Id, CoverageResultFiles.Communes, null, CancellationToken.None)
        );
        // The stored table is the one the run's result gives (exact figures, every commune and layer).
        var expected = CommuneCoverage.Table(
            CoverageComputation.Run(CoverageInputs.FromPlan(Plan.Value, At(3000), Core.Coverage.Propagation.PathLossModels.For), At(3000))
        );
        Assert.Equal(expected.Select(StoredCommuneCoverage.Of), communes);
        var gaps = System.Text.Encoding.UTF8.GetString(
            await jobs.ResultAsync(job.Id, CoverageResultFiles.Gaps, null, CancellationToken.None)
        );
        Assert.Contains("FeatureCollection", gaps);
        Assert.Equal(job.Id, (await jobs.LatestFinishedAsync(null, CancellationToken.None))!.Id);
    }

    /// <summary>
    /// A failed run shows the planner a sentence in Vietnamese (and in English beside it), never the exception's own message,
    /// which the map printed as it was ("Index was outside the bounds of the array.").
    /// </summary>
    [Fact]
    public void AFailedRun_SaysSoInWords_NotWithTheExceptionsMessage()
    {
        var failed = new StoredJob(
            Guid.NewGuid(),
            CoverageJobs.Kind,
            "{}",
            null,
            JobState.Failed,
            3,
            10,
            null,
            null,
            1,
            false,
            "Index was outside the bounds of the array.",
            "planner",
            DateTimeOffset.UnixEpoch,
            DateTimeOffset.UnixEpoch,
            null
        );
        var view = CoverageJobView.Of(failed);
        Assert.Equal(CoverageJobState.Failed, view.State);
        Assert.Equal("Lượt tính vùng phủ này bị lỗi, không có kết quả; hãy chạy lại.", view.Error);
        Assert.Equal("This coverage run failed and has no result; run it again.", view.ErrorEn);
        Assert.Null(CoverageJobView.Of(failed with { State = JobState.Running, Error = null }).Error);
    }

    [Fact]
    public async Task AFinishedRunIsReleasedAfterItsRetention_ThenAnswers410SayingItExpired()
    {
        using var jobs = Jobs(new CoverageRetention { KeepFor = TimeSpan.FromMinutes(30) });
        var job = await FinishedAsync(jobs, 5000);

        _clock.Now = _clock.Now.AddMinutes(29);
        await jobs.ReleaseAsync();
        Assert.Equal(job.Id, (await jobs.GetAsync(job.Id, null, CancellationToken.None)).Id);
        Assert.Equal(job.Id, (await jobs.LatestFinishedAsync(null, CancellationToken.None))!.Id);
        Assert.Equal(1, jobs.HeldResults);

        _clock.Now = _clock.Now.AddMinutes(1.5);
        await jobs.ReleaseAsync();
        var gone = await Assert.ThrowsAsync<CoverageRunExpiredException>(() =>
            jobs.ResultAsync(job.Id, CoverageResultFiles.Raster, null, CancellationToken.None)
        );
        Assert.Equal(410, gone.Status);
        Assert.Equal("Kết quả lượt tính vùng phủ này đã hết thời hạn lưu và đã được giải phóng; hãy chạy lại.", gone.Detail);
        Assert.Contains("expired", gone.Title);
        Assert.Null(await _store.LoadJobResultAsync(job.Id, CoverageResultFiles.Raster));
        Assert.Null(await jobs.LatestFinishedAsync(null, CancellationToken.None));
        Assert.Equal(0, jobs.HeldResults);
        // An id never issued is still not found, not gone.
        await Assert.ThrowsAsync<NotFoundException>(() => jobs.GetAsync(Guid.NewGuid(), null, CancellationToken.None));
    }

    [Fact]
    public async Task AQueuedRunCancelledEndsAtOnce_AndIsForgottenAfterTheRetentionToo()
    {
        using var jobs = Jobs(new CoverageRetention { KeepFor = TimeSpan.FromMinutes(30) });
        var job = await StartAsync(jobs, 100);
        var cancelled = await jobs.CancelAsync(job.Id, null, CancellationToken.None);
        Assert.Equal(CoverageJobState.Cancelled, CoverageJobView.Of(cancelled).State);
        Assert.False(await Worker(jobs).RunNextAsync(CancellationToken.None));
        _clock.Now = _clock.Now.AddMinutes(31);
        await jobs.ReleaseAsync();
        await Assert.ThrowsAsync<CoverageRunExpiredException>(() => jobs.GetAsync(job.Id, null, CancellationToken.None));
    }

    [Fact]
    public async Task ACancelAskedThroughAnotherInstance_StopsTheRunningRun_AtItsNextRenewal()
    {
        using var jobs = Jobs();
        var job = await StartAsync(jobs, 50);
        var running = Worker(jobs, leaseSeconds: 1.5).RunNextAsync(CancellationToken.None);
        await WaitUntilAsync(job.Id, j => j.State == JobState.Running);
        await using (var other = await GeoPackageStore.OpenAsync(_file))
        {
            using var elsewhere = new CoverageJobs(other, _plans, _clock, new CoverageRetention());
            Assert.Equal(
                CoverageJobState.Running,
                CoverageJobView.Of(await elsewhere.CancelAsync(job.Id, null, CancellationToken.None)).State
            );
        }
        Assert.True(await running.WaitAsync(TimeSpan.FromSeconds(60)));
        var ended = (await _store.FindJobAsync(job.Id))!;
        Assert.Equal(JobState.Cancelled, ended.State);
        Assert.True(ended.RowsDone < ended.Rows);
        Assert.Null(await _store.LoadJobResultAsync(job.Id, CoverageResultFiles.Raster));
    }

    [Fact]
    public async Task ARunWhoseInstanceDied_IsTakenOverWhenItsLeaseRunsOut_AndFinishedByAnother()
    {
        using var jobs = Jobs();
        var job = await StartAsync(jobs, 4000);
        // An instance claims it, then dies (kill -9): it never renews nor ends it.
        var now = _clock.GetUtcNow();
        Assert.NotNull(await _store.ClaimJobAsync(CoverageJobs.Kind, "dead-instance", now, now.AddSeconds(30), 3));
        var other = Worker(jobs);
        Assert.False(await other.RunNextAsync(CancellationToken.None));
        _clock.Now = now.AddSeconds(31);
        Assert.True(await other.RunNextAsync(CancellationToken.None));
        var finished = (await _store.FindJobAsync(job.Id))!;
        Assert.Equal((JobState.Finished, 2, other.Owner), (finished.State, finished.Attempts, finished.Owner));
        Assert.NotNull(await _store.LoadJobResultAsync(job.Id, CoverageResultFiles.Raster));
    }

    [Fact]
    public async Task AnInstanceThatIsStopped_GivesItsRunBackAtOnce_ForAnotherToClaim()
    {
        using var jobs = Jobs();
        var job = await StartAsync(jobs, 50);
        using var stopping = new CancellationTokenSource();
        var first = Worker(jobs, leaseSeconds: 1.5);
        var running = first.RunNextAsync(stopping.Token);
        // Stopped once claimed, not at its first progress: a 50 m run's rows may all be done by then, and an instance stopping
        // while it writes the result finishes the run rather than throwing the result away.
        await WaitUntilAsync(job.Id, j => j.State == JobState.Running);
        await stopping.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(60));
        var given = (await _store.FindJobAsync(job.Id))!;
        Assert.Equal((JobState.Running, first.Owner), (given.State, given.Owner));
        Assert.True(given.LeaseUntil <= _clock.GetUtcNow());

        // A second later, not the 1.5 s lease: nothing had to run out.
        var later = _clock.GetUtcNow().AddSeconds(1);
        var claimed = await _store.ClaimJobAsync(CoverageJobs.Kind, "another-instance", later, later.AddMinutes(1), 3);
        Assert.Equal((job.Id, 2), (claimed!.Id, claimed.Attempts));
    }

    [Fact]
    public async Task BeyondTheCountOfResults_TheOldestIsReleasedFirst()
    {
        using var jobs = Jobs(new CoverageRetention { MaxResults = 2 });
        var first = await FinishedAsync(jobs, 6000);
        _clock.Now = _clock.Now.AddMinutes(1);
        var second = await FinishedAsync(jobs, 5000);
        _clock.Now = _clock.Now.AddMinutes(1);
        var third = await FinishedAsync(jobs, 4000);

        await Assert.ThrowsAsync<CoverageRunExpiredException>(() => jobs.GetAsync(first.Id, null, CancellationToken.None));
        Assert.NotNull(await jobs.ResultAsync(second.Id, CoverageResultFiles.Raster, null, CancellationToken.None));
        Assert.NotNull(await jobs.ResultAsync(third.Id, CoverageResultFiles.Raster, null, CancellationToken.None));
        Assert.Equal(2, jobs.HeldResults);
    }

    [Fact]
    public async Task OverTheMemoryBudget_OnlyTheNewestResultIsHeldInMemory_WhileTheStoreStillServesBoth()
    {
        using var jobs = Jobs(new CoverageRetention { MaxBytes = 1 });
        var first = await FinishedAsync(jobs, 6000);
        _clock.Now = _clock.Now.AddMinutes(1);
        var second = await FinishedAsync(jobs, 5000);
        Assert.Equal(1, jobs.HeldResults);
        Assert.NotNull(await jobs.ResultAsync(first.Id, CoverageResultFiles.Raster, null, CancellationToken.None));
        Assert.NotNull(await jobs.ResultAsync(second.Id, CoverageResultFiles.Raster, null, CancellationToken.None));
    }

    [Fact]
    public async Task AskingAgainForAHeldResultFinishesAtOnce_AndEachRunKeepsItsOwnRetention()
    {
        using var jobs = Jobs(new CoverageRetention { KeepFor = TimeSpan.FromMinutes(30) });
        var first = await FinishedAsync(jobs, 5000);
        _clock.Now = _clock.Now.AddMinutes(20);
        var again = await FinishedAsync(jobs, 5000);
        Assert.Equal(
            await jobs.ResultAsync(first.Id, CoverageResultFiles.Raster, null, CancellationToken.None),
            await jobs.ResultAsync(again.Id, CoverageResultFiles.Raster, null, CancellationToken.None)
        );

        _clock.Now = _clock.Now.AddMinutes(15);
        await jobs.ReleaseAsync();
        // The first run's own 30 minutes are over; the result lives on with the second run.
        await Assert.ThrowsAsync<CoverageRunExpiredException>(() => jobs.GetAsync(first.Id, null, CancellationToken.None));
        Assert.NotNull(await jobs.ResultAsync(again.Id, CoverageResultFiles.Raster, null, CancellationToken.None));
        Assert.Equal(1, jobs.HeldResults);
        _clock.Now = _clock.Now.AddMinutes(15.5);
        await jobs.ReleaseAsync();
        await Assert.ThrowsAsync<CoverageRunExpiredException>(() => jobs.GetAsync(again.Id, null, CancellationToken.None));
        Assert.Equal(0, jobs.HeldResults);
    }

    [Fact]
    public void TheRetentionAndTheWorkerAreReadFromTheCoverageSection_AndANonsenseValueStopsTheStart()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["Coverage:KeepFinishedMinutes"] = "5",
                    ["Coverage:MaxFinishedRuns"] = "3",
                    ["Coverage:MaxResultMegabytes"] = "512",
                    ["Coverage:LeaseSeconds"] = "3",
                    ["Coverage:ConcurrentRuns"] = "0",
                }
            )
            .Build();
        Assert.Equal(
            new CoverageRetention
            {
                KeepFor = TimeSpan.FromMinutes(5),
                MaxResults = 3,
                MaxBytes = 512L * 1024 * 1024,
            },
            CoverageRetention.From(configuration)
        );
        Assert.Equal(
            new CoverageWorkerOptions { Lease = TimeSpan.FromSeconds(3), ConcurrentRuns = 0 },
            CoverageWorkerOptions.From(configuration)
        );
        Assert.Equal(TimeSpan.FromSeconds(1), CoverageWorkerOptions.From(configuration).Renewal);
        Assert.Equal(new CoverageRetention(), CoverageRetention.From(new ConfigurationBuilder().Build()));
        Assert.Equal(new CoverageWorkerOptions(), CoverageWorkerOptions.From(new ConfigurationBuilder().Build()));
        var bad = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Coverage:MaxFinishedRuns"] = "0", ["Coverage:LeaseSeconds"] = "0" })
            .Build();
        Assert.Contains("Coverage:MaxFinishedRuns", Assert.Throws<InvalidOperationException>(() => CoverageRetention.From(bad)).Message);
        Assert.Contains("Coverage:LeaseSeconds", Assert.Throws<InvalidOperationException>(() => CoverageWorkerOptions.From(bad)).Message);
    }
}
