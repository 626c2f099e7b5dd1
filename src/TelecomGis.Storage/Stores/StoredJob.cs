namespace TelecomGis.Storage.Stores;

/// <summary>Where a job stands: queued until an instance claims it, running while one holds its lease, then one of the ends.</summary>
public enum JobState
{
    Queued,
    Running,
    Finished,
    Failed,
    Cancelled,
}

/// <summary>A job to queue: its kind (which worker runs it), its parameters as JSON, and the plan version it reads.</summary>
/// <param name="Rows">The units of work its progress counts (a coverage run's grid rows).</param>
public sealed record NewJob(
    Guid Id,
    string Kind,
    string Parameters,
    string? PlanVersion,
    int Rows,
    string SubmittedBy,
    DateTimeOffset SubmittedAt
);

/// <summary>A job as every instance reads it from the store.</summary>
/// <param name="Owner">The instance that holds (or last held) it; null while queued.</param>
/// <param name="LeaseUntil">Until when the owner's claim holds; past it, another instance may take the job over.</param>
/// <param name="Attempts">How many times an instance claimed it (more than one: an instance died while running it).</param>
/// <param name="ReleasedAt">When its results were deleted after their retention; null while they are kept.</param>
public sealed record StoredJob(
    Guid Id,
    string Kind,
    string Parameters,
    string? PlanVersion,
    JobState State,
    int RowsDone,
    int Rows,
    string? Owner,
    DateTimeOffset? LeaseUntil,
    int Attempts,
    bool CancelRequested,
    string? Error,
    string SubmittedBy,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? EndedAt,
    DateTimeOffset? ReleasedAt
)
{
    public bool Ended => State is JobState.Finished or JobState.Failed or JobState.Cancelled;
}

/// <summary>What renewing a lease tells the owner: whether it still holds the job, and whether someone asked to cancel it.</summary>
public readonly record struct JobLease(bool Held, bool CancelRequested);
