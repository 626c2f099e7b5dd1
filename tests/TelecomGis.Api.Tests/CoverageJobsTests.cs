using Microsoft.Extensions.Configuration;
using TelecomGis.Api.Analysis;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Planning;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.Tests;

namespace TelecomGis.Api.Tests;

/// <summary>
/// Issue 14: finished coverage runs were never released (651 MB → 10 GB after two 25 m runs). The registry is driven here by a
/// hand-moved clock; the runs are real, on a coarse grid so that each takes a moment.
/// </summary>
public sealed class CoverageJobsTests
{
    private static readonly Lazy<ProvincePlan> Plan = new(() => PlanBundleReader.Read(TestPaths.CommittedBundle));

    private sealed class HandClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 5, 2, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static CoverageParameters At(double resolutionM) => new() { ResolutionM = resolutionM, CommunesOn = new DateOnly(2026, 1, 1) };

    private static async Task<CoverageJob> FinishedAsync(CoverageJobs jobs, double resolutionM)
    {
        var job = jobs.Start(Plan.Value, At(resolutionM));
        for (var i = 0; i < 1200 && job.State == CoverageJobState.Running; i++)
            await Task.Delay(50);
        Assert.Equal(CoverageJobState.Finished, job.State);
        return job;
    }

    [Fact]
    public async Task AFinishedRunIsReleasedAfterItsRetention_ThenAnswers410SayingItExpired()
    {
        var clock = new HandClock();
        using var jobs = new CoverageJobs(clock, new CoverageRetention { KeepFor = TimeSpan.FromMinutes(30) });
        var job = await FinishedAsync(jobs, 5000);

        clock.Now = clock.Now.AddMinutes(29);
        Assert.Same(job, jobs.Get(job.Id));
        Assert.Same(job, jobs.LatestFinished());
        Assert.Equal(1, jobs.HeldResults);

        clock.Now = clock.Now.AddMinutes(1);
        var gone = Assert.Throws<CoverageRunExpiredException>(() => jobs.GetFinished(job.Id));
        Assert.Equal(410, gone.Status);
        Assert.Contains("hết hạn", gone.Detail);
        Assert.Contains("expired", gone.Title);
        Assert.Null(jobs.Find(job.Id));
        Assert.Null(jobs.LatestFinished());
        Assert.Equal(0, jobs.HeldResults);
        // An id never issued is still not found, not gone.
        Assert.Throws<TelecomGis.Api.Problems.NotFoundException>(() => jobs.Get(Guid.NewGuid()));
    }

    [Fact]
    public async Task AFailedOrCancelledRunIsForgottenAfterTheRetentionToo()
    {
        var clock = new HandClock();
        using var jobs = new CoverageJobs(clock, new CoverageRetention { KeepFor = TimeSpan.FromMinutes(30) });
        var job = jobs.Start(Plan.Value, At(100));
        await job.Cancellation.CancelAsync();
        for (var i = 0; i < 1200 && job.State == CoverageJobState.Running; i++)
            await Task.Delay(50);
        Assert.Equal(CoverageJobState.Cancelled, job.State);
        clock.Now = clock.Now.AddMinutes(31);
        Assert.Throws<CoverageRunExpiredException>(() => jobs.Get(job.Id));
    }

    [Fact]
    public async Task BeyondTheCountOfResults_TheOldestIsReleasedFirst()
    {
        var clock = new HandClock();
        using var jobs = new CoverageJobs(clock, new CoverageRetention { MaxResults = 2 });
        var first = await FinishedAsync(jobs, 6000);
        clock.Now = clock.Now.AddMinutes(1);
        var second = await FinishedAsync(jobs, 5000);
        clock.Now = clock.Now.AddMinutes(1);
        var third = await FinishedAsync(jobs, 4000);

        Assert.Throws<CoverageRunExpiredException>(() => jobs.Get(first.Id));
        Assert.Same(second, jobs.Get(second.Id));
        Assert.Same(third, jobs.Get(third.Id));
        Assert.Equal(2, jobs.HeldResults);
    }

    [Fact]
    public async Task OverTheMemoryBudget_OnlyTheNewestResultIsKept_EvenWhenItAloneIsOver()
    {
        var clock = new HandClock();
        using var jobs = new CoverageJobs(clock, new CoverageRetention { MaxBytes = 1 });
        var first = await FinishedAsync(jobs, 6000);
        Assert.True(CoverageJobs.EstimatedBytes(first.Result!) > 1);
        Assert.Same(first, jobs.Get(first.Id));
        clock.Now = clock.Now.AddMinutes(1);
        var second = await FinishedAsync(jobs, 5000);

        Assert.Throws<CoverageRunExpiredException>(() => jobs.Get(first.Id));
        Assert.Same(second, jobs.Get(second.Id));
        Assert.Equal(1, jobs.HeldResults);
    }

    [Fact]
    public async Task AskingAgainForAKeptResultFinishesAtOnce_AndRestartsItsRetention()
    {
        var clock = new HandClock();
        using var jobs = new CoverageJobs(clock, new CoverageRetention { KeepFor = TimeSpan.FromMinutes(30) });
        var first = await FinishedAsync(jobs, 5000);
        clock.Now = clock.Now.AddMinutes(20);
        var again = await FinishedAsync(jobs, 5000);
        Assert.Same(first.Result, again.Result);

        clock.Now = clock.Now.AddMinutes(15);
        // The first run's own 30 minutes are over; the result lives on with the second run.
        Assert.Throws<CoverageRunExpiredException>(() => jobs.Get(first.Id));
        Assert.Same(again.Result, jobs.GetFinished(again.Id).Result);
        clock.Now = clock.Now.AddMinutes(15);
        Assert.Throws<CoverageRunExpiredException>(() => jobs.Get(again.Id));
        Assert.Equal(0, jobs.HeldResults);
    }

    [Fact]
    public void TheRetentionIsReadFromTheCoverageSection_AndANonsenseValueStopsTheStart()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["Coverage:KeepFinishedMinutes"] = "5",
                    ["Coverage:MaxFinishedRuns"] = "3",
                    ["Coverage:MaxResultMegabytes"] = "512",
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
        Assert.Equal(new CoverageRetention(), CoverageRetention.From(new ConfigurationBuilder().Build()));
        var bad = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Coverage:MaxFinishedRuns"] = "0" })
            .Build();
        Assert.Contains("Coverage:MaxFinishedRuns", Assert.Throws<InvalidOperationException>(() => CoverageRetention.From(bad)).Message);
    }
}
