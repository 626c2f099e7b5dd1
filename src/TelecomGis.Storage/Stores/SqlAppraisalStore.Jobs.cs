using System.Data.Common;
using System.Globalization;

namespace TelecomGis.Storage.Stores;

// Long jobs (issue 14): queued, claimed under a lease, renewed with progress, ended with their results in one transaction.
public abstract partial class SqlAppraisalStore
{
    private const string JobColumns =
        "id, kind, parameters, plan_version, state, rows_done, rows_total, owner, lease_until, attempts, cancel_requested, failure, "
        + "submitted_by, submitted_at, ended_at, released_at";

    /// <summary>
    /// What the claiming subquery appends so that instances claiming at once skip each other's rows instead of waiting or taking
    /// the same one: PostgreSQL's <c>FOR UPDATE SKIP LOCKED</c>; nothing for SQLite, whose one writer makes the UPDATE atomic.
    /// </summary>
    protected virtual string ClaimLocking => "";

    public async Task EnqueueJobAsync(NewJob job, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = Command(
            connection,
            null,
            "INSERT INTO jobs (id, kind, parameters, plan_version, state, rows_total, submitted_by, submitted_at) "
                + "VALUES (@id, @kind, @parameters, @plan, 'queued', @rows, @by, @at)"
        );
        Add(insert, "@id", JobId(job.Id));
        Add(insert, "@kind", job.Kind);
        Add(insert, "@parameters", job.Parameters);
        Add(insert, "@plan", Db(job.PlanVersion));
        Add(insert, "@rows", job.Rows);
        Add(insert, "@by", job.SubmittedBy);
        Add(insert, "@at", TimestampValue(job.SubmittedAt));
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<StoredJob?> FindJobAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(connection, null, $"SELECT {JobColumns} FROM jobs WHERE id = @id");
        Add(select, "@id", JobId(id));
        return await ReadJobAsync(select, cancellationToken);
    }

    public async Task<StoredJob?> ClaimJobAsync(
        string kind,
        string owner,
        DateTimeOffset now,
        DateTimeOffset leaseUntil,
        int maxAttempts,
        CancellationToken cancellationToken = default
    )
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        // Jobs whose owner died: ended rather than claimed when they were asked to cancel or already killed every try.
        await using (
            var abandon = Command(
                connection,
                tx,
                "UPDATE jobs SET state = CASE WHEN cancel_requested = 1 THEN 'cancelled' ELSE 'failed' END, "
                    + "failure = CASE WHEN cancel_requested = 1 THEN NULL ELSE @error END, ended_at = @now "
                    + "WHERE kind = @kind AND state = 'running' AND lease_until < @now AND (cancel_requested = 1 OR attempts >= @max)"
            )
        )
        {
            Add(abandon, "@kind", kind);
            Add(abandon, "@now", TimestampValue(now));
            Add(abandon, "@max", maxAttempts);
            Add(
                abandon,
                "@error",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Máy chủ chạy việc này đã dừng giữa chừng {maxAttempts} lần; việc không được chạy lại. "
                        + $"The instance running this job stopped {maxAttempts} times; it is not tried again."
                )
            );
            await abandon.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var claim = Command(
            connection,
            tx,
            "UPDATE jobs SET state = 'running', owner = @owner, lease_until = @lease, attempts = attempts + 1 "
                + "WHERE id = (SELECT id FROM jobs WHERE kind = @kind AND cancel_requested = 0 "
                + "AND (state = 'queued' OR (state = 'running' AND lease_until < @now)) "
                + $"ORDER BY submitted_at, id LIMIT 1 {ClaimLocking}) "
                + $"RETURNING {JobColumns}"
        );
        Add(claim, "@owner", owner);
        Add(claim, "@lease", TimestampValue(leaseUntil));
        Add(claim, "@kind", kind);
        Add(claim, "@now", TimestampValue(now));
        var job = await ReadJobAsync(claim, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return job;
    }

    public async Task<JobLease> RenewJobAsync(
        Guid id,
        string owner,
        int rowsDone,
        DateTimeOffset leaseUntil,
        CancellationToken cancellationToken = default
    )
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var update = Command(
            connection,
            null,
            "UPDATE jobs SET rows_done = @done, lease_until = @lease WHERE id = @id AND owner = @owner AND state = 'running' "
                + "RETURNING cancel_requested"
        );
        Add(update, "@done", rowsDone);
        Add(update, "@lease", TimestampValue(leaseUntil));
        Add(update, "@id", JobId(id));
        Add(update, "@owner", owner);
        var cancel = await update.ExecuteScalarAsync(cancellationToken);
        return cancel is null or DBNull
            ? new JobLease(false, false)
            : new JobLease(true, Convert.ToInt32(cancel, CultureInfo.InvariantCulture) != 0);
    }

    public async Task<bool> EndJobAsync(
        Guid id,
        string owner,
        JobState state,
        string? failure,
        IReadOnlyDictionary<string, byte[]> results,
        DateTimeOffset at,
        CancellationToken cancellationToken = default
    )
    {
        if (state is JobState.Queued or JobState.Running)
            throw new ArgumentException("A job ends finished, failed or cancelled.", nameof(state));
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using (
            var update = Command(
                connection,
                tx,
                "UPDATE jobs SET state = @state, failure = @error, ended_at = @at, lease_until = NULL, "
                    + "rows_done = CASE WHEN @state = 'finished' THEN rows_total ELSE rows_done END "
                    + "WHERE id = @id AND owner = @owner AND state = 'running'"
            )
        )
        {
            Add(update, "@state", StateName(state));
            Add(update, "@error", Db(failure));
            Add(update, "@at", TimestampValue(at));
            Add(update, "@id", JobId(id));
            Add(update, "@owner", owner);
            if (await update.ExecuteNonQueryAsync(cancellationToken) != 1)
                return false;
        }
        foreach (var (name, content) in results)
        {
            await using var insert = Command(
                connection,
                tx,
                "INSERT INTO job_results (job_id, name, content) VALUES (@id, @name, @content)"
            );
            Add(insert, "@id", JobId(id));
            Add(insert, "@name", name);
            Add(insert, "@content", content);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await tx.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<StoredJob?> CancelJobAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var update = Command(
            connection,
            null,
            "UPDATE jobs SET cancel_requested = CASE WHEN state IN ('queued', 'running') THEN 1 ELSE cancel_requested END, "
                + "ended_at = CASE WHEN state = 'queued' THEN @at ELSE ended_at END, "
                + "state = CASE WHEN state = 'queued' THEN 'cancelled' ELSE state END "
                + $"WHERE id = @id RETURNING {JobColumns}"
        );
        Add(update, "@at", TimestampValue(at));
        Add(update, "@id", JobId(id));
        return await ReadJobAsync(update, cancellationToken);
    }

    public async Task<byte[]?> LoadJobResultAsync(Guid id, string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(connection, null, "SELECT content FROM job_results WHERE job_id = @id AND name = @name");
        Add(select, "@id", JobId(id));
        Add(select, "@name", name);
        return await select.ExecuteScalarAsync(cancellationToken) as byte[];
    }

    public async Task<int> ReleaseJobResultsAsync(
        DateTimeOffset endedBefore,
        DateTimeOffset at,
        CancellationToken cancellationToken = default
    )
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using (
            var delete = Command(
                connection,
                tx,
                "DELETE FROM job_results WHERE job_id IN (SELECT id FROM jobs WHERE ended_at < @before AND released_at IS NULL)"
            )
        )
        {
            Add(delete, "@before", TimestampValue(endedBefore));
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
        int released;
        await using (
            var update = Command(connection, tx, "UPDATE jobs SET released_at = @at WHERE ended_at < @before AND released_at IS NULL")
        )
        {
            Add(update, "@at", TimestampValue(at));
            Add(update, "@before", TimestampValue(endedBefore));
            released = await update.ExecuteNonQueryAsync(cancellationToken);
        }
        await tx.CommitAsync(cancellationToken);
        return released;
    }

    public async Task<IReadOnlyList<StoredJob>> ListKeptJobsAsync(
        string kind,
        JobState state,
        int limit,
        CancellationToken cancellationToken = default
    )
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(
            connection,
            null,
            $"SELECT {JobColumns} FROM jobs WHERE kind = @kind AND state = @state AND released_at IS NULL "
                + "ORDER BY ended_at DESC, submitted_at DESC, id LIMIT @limit"
        );
        Add(select, "@kind", kind);
        Add(select, "@state", StateName(state));
        Add(select, "@limit", limit);
        var jobs = new List<StoredJob>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            jobs.Add(ReadJob(reader));
        return jobs;
    }

    public async Task<int> CountOpenJobsAsync(string kind, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(
            connection,
            null,
            "SELECT count(*) FROM jobs WHERE kind = @kind AND state IN ('queued', 'running')"
        );
        Add(select, "@kind", kind);
        return Convert.ToInt32(await select.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private async Task<StoredJob?> ReadJobAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadJob(reader) : null;
    }

    private StoredJob ReadJob(DbDataReader reader) =>
        new(
            Guid.Parse(reader.GetString(0)),
            reader.GetString(1),
            reader.GetString(2),
            NullableString(reader, 3),
            Enum.Parse<JobState>(reader.GetString(4), ignoreCase: true),
            Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture),
            Convert.ToInt32(reader.GetValue(6), CultureInfo.InvariantCulture),
            NullableString(reader, 7),
            reader.IsDBNull(8) ? null : ReadTimestamp(reader, 8),
            Convert.ToInt32(reader.GetValue(9), CultureInfo.InvariantCulture),
            Convert.ToInt32(reader.GetValue(10), CultureInfo.InvariantCulture) != 0,
            NullableString(reader, 11),
            reader.GetString(12),
            ReadTimestamp(reader, 13),
            reader.IsDBNull(14) ? null : ReadTimestamp(reader, 14),
            reader.IsDBNull(15) ? null : ReadTimestamp(reader, 15)
        );

    private static string JobId(Guid id) => id.ToString("D");

    private static string StateName(JobState state) => state.ToString().ToLowerInvariant();
}
