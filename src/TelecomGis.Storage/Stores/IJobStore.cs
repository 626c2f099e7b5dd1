namespace TelecomGis.Storage.Stores;

/// <summary>
/// Long jobs kept in the store (issue 14), so that any instance behind a balancer reads a job's progress and results and can
/// cancel it, and a job whose instance died is finished by another. An instance claims one job at a time and holds it by a lease
/// it renews with its progress; a lease that runs out makes the job claimable again. PostgreSQL claims with
/// <c>FOR UPDATE SKIP LOCKED</c>, so instances claiming at once never wait for each other nor take the same job; the embedded
/// store's single writer makes its claim atomic for the one instance it serves.
/// </summary>
public interface IJobStore
{
    /// <summary>Queues the job.</summary>
    Task EnqueueJobAsync(NewJob job, CancellationToken cancellationToken = default);

    /// <summary>The job, or null when there is none.</summary>
    Task<StoredJob?> FindJobAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims the oldest job of the kind that is queued, or running under a lease that ran out before <paramref name="now"/>, for
    /// <paramref name="owner"/> until <paramref name="leaseUntil"/>; null when there is none. A job whose lease ran out ends
    /// instead of being claimed when it was asked to cancel (cancelled) or was already claimed <paramref name="maxAttempts"/> times
    /// (failed: it killed every instance that ran it).
    /// </summary>
    Task<StoredJob?> ClaimJobAsync(
        string kind,
        string owner,
        DateTimeOffset now,
        DateTimeOffset leaseUntil,
        int maxAttempts,
        CancellationToken cancellationToken = default
    );

    /// <summary>Records the owner's progress and extends its lease; says whether it still holds the job and whether it was asked to cancel.</summary>
    Task<JobLease> RenewJobAsync(
        Guid id,
        string owner,
        int rowsDone,
        DateTimeOffset leaseUntil,
        CancellationToken cancellationToken = default
    );

    /// <summary>
    /// Ends a job its owner holds, with its results (name → bytes) in the same transaction: all of it or none. False, and nothing
    /// written, when the owner no longer holds it (its lease ran out and another instance took it over).
    /// </summary>
    /// <param name="state">Finished, failed or cancelled.</param>
    Task<bool> EndJobAsync(
        Guid id,
        string owner,
        JobState state,
        string? failure,
        IReadOnlyDictionary<string, byte[]> results,
        DateTimeOffset at,
        CancellationToken cancellationToken = default
    );

    /// <summary>Asks the job to stop: a queued job is cancelled at once, a running one when its owner next renews its lease.</summary>
    /// <returns>The job afterwards, or null when there is none.</returns>
    Task<StoredJob?> CancelJobAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>One result of a finished job, or null (no such result, or released).</summary>
    Task<byte[]?> LoadJobResultAsync(Guid id, string name, CancellationToken cancellationToken = default);

    /// <summary>Deletes the results of jobs that ended before <paramref name="endedBefore"/>, marking them released; how many jobs.</summary>
    Task<int> ReleaseJobResultsAsync(DateTimeOffset endedBefore, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>
    /// The jobs of the kind in <paramref name="state"/> whose results are kept (not released), the one that ended last first, at most
    /// <paramref name="limit"/>: the latest finished run a report or a scenario reads, and the count a retention keeps.
    /// </summary>
    Task<IReadOnlyList<StoredJob>> ListKeptJobsAsync(string kind, JobState state, int limit, CancellationToken cancellationToken = default);

    /// <summary>Jobs of the kind queued or running: the queue the metrics report.</summary>
    Task<int> CountOpenJobsAsync(string kind, CancellationToken cancellationToken = default);
}
