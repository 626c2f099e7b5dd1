using System.Collections.Concurrent;
using System.Text;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Storage.Tests.Stores;

// Issue 14: what several instances share through the store, API keys and long jobs. "Another instance" is the same store opened
// again, as a second process would open it.
public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset JobNoon = new(2026, 12, 5, 5, 0, 0, TimeSpan.Zero);

    private static NewJob Job(string kind = "coverage", int rows = 10, int minutes = 0) =>
        new(Guid.NewGuid(), kind, """{"resolution_m":2000}""", null, rows, "planner", JobNoon.AddMinutes(minutes));

    [Fact]
    public async Task AKeyAddedThroughOneInstanceIsFoundThroughAnother_AndAddingTheSameHashAgainWritesNothing()
    {
        await using var store = await NewStoreAsync();
        await using var other = await ReopenAsync(store);
        var key = new StoredApiKey(new string('a', 64), "nguyen.van.a", "carrier", "Viettel", JobNoon);
        Assert.Null(await other.FindKeyAsync(key.Sha256));
        Assert.True(await store.AddKeyAsync(key));
        Assert.Equal(key, await other.FindKeyAsync(key.Sha256));
        Assert.False(await other.AddKeyAsync(key with { UserId = "someone.else", Role = "admin", Carrier = null }));
        Assert.Equal(key, await store.FindKeyAsync(key.Sha256));
        Assert.True(await other.AddKeyAsync(new StoredApiKey(new string('b', 64), "tran.thi.b", "admin", null, JobNoon)));
        Assert.True(await other.AddKeyAsync(new StoredApiKey(new string('c', 64), "le.van.c", "carrier", "MobiFone", JobNoon)));
        Assert.Equal(["MobiFone", "Viettel"], await store.ListKeyCarriersAsync());
    }

    [Fact]
    public async Task UnknownKeysAreCountedPerClientAcrossInstances_InAWindowFromTheFirstFailure()
    {
        await using var store = await NewStoreAsync();
        await using var other = await ReopenAsync(store);
        var window = TimeSpan.FromSeconds(60);
        Assert.Equal((1, JobNoon), await store.CountFailedKeyAsync("203.0.113.7", JobNoon, window));
        Assert.Equal((2, JobNoon), await other.CountFailedKeyAsync("203.0.113.7", JobNoon.AddSeconds(10), window));
        Assert.Equal((1, JobNoon.AddSeconds(11)), await other.CountFailedKeyAsync("2001:db8::", JobNoon.AddSeconds(11), window));
        Assert.Equal((3, JobNoon), await store.CountFailedKeyAsync("203.0.113.7", JobNoon.AddSeconds(59), window));
        // The window is over: a new one starts at this failure.
        Assert.Equal((1, JobNoon.AddSeconds(61)), await other.CountFailedKeyAsync("203.0.113.7", JobNoon.AddSeconds(61), window));

        // Instances counting at once lose no failure.
        await Task.WhenAll(
            Enumerable
                .Range(0, 20)
                .Select(i => (i % 2 == 0 ? store : other).CountFailedKeyAsync("198.51.100.1", JobNoon.AddSeconds(70), window))
        );
        Assert.Equal(21, (await store.CountFailedKeyAsync("198.51.100.1", JobNoon.AddSeconds(71), window)).Failures);
        // Windows long over are deleted as failures come.
        await store.CountFailedKeyAsync("192.0.2.1", JobNoon.AddHours(1), window);
        Assert.Equal(
            1L,
            Convert.ToInt64(await RawAsync(store, "SELECT count(*) FROM failed_keys"), System.Globalization.CultureInfo.InvariantCulture)
        );
    }

    [Fact]
    public async Task AQueuedJobIsReadFromAnotherInstance_ClaimedOldestFirst_AndNeverByTwoOwners()
    {
        await using var store = await NewStoreAsync();
        var jobs = Enumerable.Range(0, 12).Select(i => Job(minutes: i)).ToList();
        foreach (var job in jobs)
            await store.EnqueueJobAsync(job);
        var others = new List<IAppraisalStore>();
        for (var i = 0; i < 3; i++)
            others.Add(await ReopenAsync(store));
        try
        {
            var seen = await others[0].FindJobAsync(jobs[0].Id);
            Assert.Equal(JobState.Queued, seen!.State);
            Assert.Equal((0, 10, 0, (string?)null), (seen.RowsDone, seen.Rows, seen.Attempts, seen.Owner));
            Assert.Null(await store.ClaimJobAsync("other-kind", "x", JobNoon, JobNoon.AddSeconds(5), 3));

            // Three instances claim at once until nothing is left: every job exactly once.
            var claims = new ConcurrentBag<(string Owner, Guid Id)>();
            await Task.WhenAll(
                others.Select(
                    (o, n) =>
                        Task.Run(async () =>
                        {
                            while (await o.ClaimJobAsync("coverage", $"instance-{n}", JobNoon, JobNoon.AddSeconds(30), 3) is { } claimed)
                                claims.Add(($"instance-{n}", claimed.Id));
                        })
                )
            );
            Assert.Equal(jobs.Select(j => j.Id).Order(), claims.Select(c => c.Id).Order());
            var first = await store.FindJobAsync(jobs[0].Id);
            Assert.Equal(JobState.Running, first!.State);
            Assert.Equal(1, first.Attempts);
            Assert.Equal(claims.Single(c => c.Id == jobs[0].Id).Owner, first.Owner);
        }
        finally
        {
            foreach (var o in others)
                await o.DisposeAsync();
        }
    }

    [Fact]
    public async Task AJobWhoseOwnerStoppedRenewingIsTakenOverByAnother_AndTheFormerOwnerCanNeitherRenewNorEndIt()
    {
        await using var store = await NewStoreAsync();
        await using var other = await ReopenAsync(store);
        var job = Job();
        await store.EnqueueJobAsync(job);
        Assert.Equal(job.Id, (await store.ClaimJobAsync("coverage", "a", JobNoon, JobNoon.AddSeconds(5), 3))!.Id);
        Assert.Equal(new JobLease(true, false), await store.RenewJobAsync(job.Id, "a", 4, JobNoon.AddSeconds(8)));
        Assert.Equal(4, (await other.FindJobAsync(job.Id))!.RowsDone);

        // Still held at 7 s; at 9 s its lease (8 s) has run out and the other instance takes it.
        Assert.Null(await other.ClaimJobAsync("coverage", "b", JobNoon.AddSeconds(7), JobNoon.AddSeconds(12), 3));
        var taken = await other.ClaimJobAsync("coverage", "b", JobNoon.AddSeconds(9), JobNoon.AddSeconds(14), 3);
        Assert.Equal((job.Id, "b", 2, JobState.Running), (taken!.Id, taken.Owner, taken.Attempts, taken.State));

        Assert.False((await store.RenewJobAsync(job.Id, "a", 9, JobNoon.AddSeconds(20))).Held);
        var lateResults = new Dictionary<string, byte[]> { ["out"] = [1] };
        Assert.False(await store.EndJobAsync(job.Id, "a", JobState.Finished, null, lateResults, JobNoon.AddSeconds(10)));
        Assert.Null(await store.LoadJobResultAsync(job.Id, "out"));

        var results = new Dictionary<string, byte[]>
        {
            ["communes.json"] = Encoding.UTF8.GetBytes("[]"),
            ["coverage.tif"] = [73, 73, 42, 0],
        };
        Assert.True(await other.EndJobAsync(job.Id, "b", JobState.Finished, null, results, JobNoon.AddSeconds(11)));
        var ended = await store.FindJobAsync(job.Id);
        Assert.Equal((JobState.Finished, 10, JobNoon.AddSeconds(11)), (ended!.State, ended.RowsDone, ended.EndedAt));
        Assert.Equal(new byte[] { 73, 73, 42, 0 }, await store.LoadJobResultAsync(job.Id, "coverage.tif"));
        Assert.Null(await store.ClaimJobAsync("coverage", "c", JobNoon.AddHours(1), JobNoon.AddHours(2), 3));
    }

    [Fact]
    public async Task CancellingAQueuedJobEndsItAtOnce_ARunningOneTellsItsOwnerWhenItRenews()
    {
        await using var store = await NewStoreAsync();
        await using var other = await ReopenAsync(store);
        var queued = Job();
        var running = Job(minutes: 1);
        await store.EnqueueJobAsync(queued);
        await store.EnqueueJobAsync(running);
        var cancelled = await other.CancelJobAsync(queued.Id, JobNoon.AddSeconds(1));
        Assert.Equal((JobState.Cancelled, true, JobNoon.AddSeconds(1)), (cancelled!.State, cancelled.CancelRequested, cancelled.EndedAt));

        Assert.Equal(running.Id, (await store.ClaimJobAsync("coverage", "a", JobNoon, JobNoon.AddSeconds(5), 3))!.Id);
        Assert.Equal(JobState.Running, (await other.CancelJobAsync(running.Id, JobNoon.AddSeconds(2)))!.State);
        Assert.Equal(new JobLease(true, true), await store.RenewJobAsync(running.Id, "a", 3, JobNoon.AddSeconds(6)));
        Assert.True(
            await store.EndJobAsync(running.Id, "a", JobState.Cancelled, null, new Dictionary<string, byte[]>(), JobNoon.AddSeconds(3))
        );
        Assert.Equal(JobState.Cancelled, (await other.FindJobAsync(running.Id))!.State);
        Assert.Null(await other.CancelJobAsync(Guid.NewGuid(), JobNoon));
        Assert.Equal(0, await store.CountOpenJobsAsync("coverage"));
    }

    [Fact]
    public async Task AJobThatStoppedEveryOwner_EndsFailedInsteadOfBeingClaimedAgain_AndACancelledOneWhoseOwnerDiedEndsCancelled()
    {
        await using var store = await NewStoreAsync();
        var poison = Job();
        var asked = Job(minutes: 1);
        await store.EnqueueJobAsync(poison);
        await store.EnqueueJobAsync(asked);
        Assert.Equal(poison.Id, (await store.ClaimJobAsync("coverage", "a", JobNoon, JobNoon.AddSeconds(5), 2))!.Id);
        Assert.Equal(asked.Id, (await store.ClaimJobAsync("coverage", "a", JobNoon, JobNoon.AddSeconds(5), 2))!.Id);
        await store.CancelJobAsync(asked.Id, JobNoon.AddSeconds(1));
        Assert.Equal(2, await store.CountOpenJobsAsync("coverage"));
        // Both owners die. The poison job is claimed once more (its second try); the cancelled one ends.
        Assert.Equal(poison.Id, (await store.ClaimJobAsync("coverage", "b", JobNoon.AddSeconds(6), JobNoon.AddSeconds(11), 2))!.Id);
        Assert.Equal(JobState.Cancelled, (await store.FindJobAsync(asked.Id))!.State);
        // Its second owner dies too: no third try.
        Assert.Null(await store.ClaimJobAsync("coverage", "c", JobNoon.AddSeconds(12), JobNoon.AddSeconds(17), 2));
        var failed = await store.FindJobAsync(poison.Id);
        Assert.Equal((JobState.Failed, 2), (failed!.State, failed.Attempts));
        Assert.Contains("2 lần", failed.Error);
    }

    [Fact]
    public async Task AnEndedJobsResultsAreKeptUntilReleased_ThenTheJobSaysWhen()
    {
        await using var store = await NewStoreAsync();
        var early = Job();
        var late = Job(minutes: 1);
        await store.EnqueueJobAsync(early);
        await store.EnqueueJobAsync(late);
        var results = new Dictionary<string, byte[]> { ["communes.json"] = Encoding.UTF8.GetBytes("[1]") };
        await store.ClaimJobAsync("coverage", "a", JobNoon, JobNoon.AddMinutes(5), 3);
        await store.ClaimJobAsync("coverage", "a", JobNoon, JobNoon.AddMinutes(5), 3);
        await store.EndJobAsync(early.Id, "a", JobState.Finished, null, results, JobNoon.AddMinutes(1));
        await store.EndJobAsync(late.Id, "a", JobState.Finished, null, results, JobNoon.AddMinutes(20));
        // Kept jobs, the one that ended last first: what a report's "latest run" and a retention's count read.
        Assert.Equal([late.Id, early.Id], (await store.ListKeptJobsAsync("coverage", JobState.Finished, 5)).Select(j => j.Id));
        Assert.Equal([late.Id], (await store.ListKeptJobsAsync("coverage", JobState.Finished, 1)).Select(j => j.Id));
        Assert.Empty(await store.ListKeptJobsAsync("coverage", JobState.Failed, 5));
        Assert.Empty(await store.ListKeptJobsAsync("other-kind", JobState.Finished, 5));

        Assert.Equal(1, await store.ReleaseJobResultsAsync(JobNoon.AddMinutes(10), JobNoon.AddMinutes(40)));
        Assert.Null(await store.LoadJobResultAsync(early.Id, "communes.json"));
        Assert.Equal(JobNoon.AddMinutes(40), (await store.FindJobAsync(early.Id))!.ReleasedAt);
        Assert.Equal("[1]", Encoding.UTF8.GetString((await store.LoadJobResultAsync(late.Id, "communes.json"))!));
        Assert.Null((await store.FindJobAsync(late.Id))!.ReleasedAt);
        Assert.Equal([late.Id], (await store.ListKeptJobsAsync("coverage", JobState.Finished, 5)).Select(j => j.Id));
        Assert.Equal(0, await store.ReleaseJobResultsAsync(JobNoon.AddMinutes(10), JobNoon.AddMinutes(41)));
    }

    [Fact]
    public async Task AnotherInstanceWaitingForActivationsWakesWithinASecondOfOne()
    {
        await using var store = await NewStoreAsync();
        await using var other = await ReopenAsync(store);
        await store.ImportPlanAsync(SmallPlan);
        // The first wait starts listening (PostgreSQL) and may return at once.
        await other.WaitForPlanActivationAsync(TimeSpan.FromSeconds(10));
        var waiting = other.WaitForPlanActivationAsync(TimeSpan.FromSeconds(10));
        await store.ActivatePlanAsync(SmallPlan.Version, "planner", JobNoon);
        // The second counts from the activation's commit: the activation's own write (slow on a busy disk) is not the wait.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await waiting;
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(1));
        Assert.Equal(SmallPlan.Version, await other.CurrentPlanVersionAsync());
    }
}
