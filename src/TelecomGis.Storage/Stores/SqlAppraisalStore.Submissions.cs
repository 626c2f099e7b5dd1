using System.Data.Common;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Core.Planning;

namespace TelecomGis.Storage.Stores;

// Submission batches: saved once per carrier and idempotency key, listed per carrier or while undecided.
public abstract partial class SqlAppraisalStore
{
    public async Task<SavedSubmission> SaveSubmissionAsync(
        NewSubmission submission,
        IEnumerable<RowOutcome> rows,
        CancellationToken cancellationToken = default
    )
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (await FindAsync(connection, submission.Carrier, submission.IdempotencyKey, cancellationToken) is { } seen)
            return new SavedSubmission(seen, false);
        long batchId;
        await using (var tx = await connection.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                batchId = await WriteBatchAsync(connection, tx, submission, rows, cancellationToken);
                if (submission.Register is { } read)
                    await WriteRegisterReadAsync(connection, tx, batchId, read, cancellationToken);
                await tx.CommitAsync(cancellationToken);
            }
            catch (DbException e) when (IsUniqueViolation(e))
            {
                // The same key committed from another request while this one was writing: that batch is the answer.
                await tx.RollbackAsync(CancellationToken.None);
                if (await FindAsync(connection, submission.Carrier, submission.IdempotencyKey, CancellationToken.None) is { } raced)
                    return new SavedSubmission(raced, false);
                throw;
            }
        }
        return new SavedSubmission((await FindAsync(connection, submission.Carrier, submission.IdempotencyKey, cancellationToken))!, true);
    }

    public Task<IReadOnlyList<Submission>> ListSubmissionsAsync(string carrier, CancellationToken cancellationToken = default) =>
        ListAsync(
            $"WHERE b.carrier = @carrier{AndBatchInProvince("b.plan_version")} ORDER BY b.submitted_at DESC, b.fid DESC",
            c => Add(c, "@carrier", carrier),
            cancellationToken
        );

    public Task<IReadOnlyList<Submission>> ListPendingAsync(CancellationToken cancellationToken = default) =>
        ListAsync(
            $"WHERE {StatusOfBatch} = 'pending'{AndBatchInProvince("b.plan_version")} ORDER BY b.submitted_at, b.fid",
            _ => { },
            cancellationToken
        );

    private async Task<IReadOnlyList<Submission>> ListAsync(string where, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(connection, null, SelectSubmissions + " " + where);
        bind(select);
        AddProvince(select);
        return await ReadSubmissionsAsync(select, cancellationToken);
    }

    public async Task<Submission?> FindSubmissionAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(connection, null, SelectSubmissions + $" WHERE b.fid = @id{AndBatchInProvince("b.plan_version")}");
        Add(select, "@id", id);
        AddProvince(select);
        return (await ReadSubmissionsAsync(select, cancellationToken)).SingleOrDefault();
    }

    public async Task<Submission?> FindSubmissionAsync(string carrier, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await FindAsync(connection, carrier, idempotencyKey, cancellationToken);
    }

    private const string SelectSubmissions = """
        SELECT b.fid, b.idempotency_key, b.carrier, b.submitted_by, b.submitted_at, b.plan_version,
               (SELECT count(*) FROM submission_rows r WHERE r.batch_id = b.fid), b.content_hash,
               b.incoming_number, b.incoming_date, b.incoming_signer, b.incoming_subject
        FROM submission_batches b
        """;

    private async Task<Submission?> FindAsync(DbConnection connection, string carrier, string key, CancellationToken cancellationToken)
    {
        await using var select = Command(
            connection,
            null,
            SelectSubmissions + $" WHERE b.carrier = @carrier AND b.idempotency_key = @key{AndBatchInProvince("b.plan_version")}"
        );
        Add(select, "@carrier", carrier);
        Add(select, "@key", key);
        AddProvince(select);
        return (await ReadSubmissionsAsync(select, cancellationToken)).SingleOrDefault();
    }

    private async Task<IReadOnlyList<Submission>> ReadSubmissionsAsync(DbCommand select, CancellationToken cancellationToken)
    {
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var result = new List<Submission>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(
                new Submission(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    ReadTimestamp(reader, 4),
                    new PlanVersion(reader.GetString(5)),
                    Convert.ToInt32(reader.GetValue(6), System.Globalization.CultureInfo.InvariantCulture),
                    NullableString(reader, 7),
                    ReadIncoming(reader, 8)
                )
            );
        }
        return result;
    }

    /// <summary>The incoming document in four columns from <paramref name="first"/> on (number, date, signer, subject); null without a number.</summary>
    private static IncomingDocument? ReadIncoming(DbDataReader reader, int first) =>
        reader.IsDBNull(first)
            ? null
            : new IncomingDocument(
                reader.GetString(first),
                ParseIsoDate(reader.GetString(first + 1)),
                NullableString(reader, first + 2),
                NullableString(reader, first + 3)
            );

    /// <summary>
    /// A batch's status on the desk, as SQL over the batch <c>b</c>: issued while a letter stands that no correction reopened;
    /// decided once a decision on the whole batch exists, or once every appraised row (and there is one) has a site decision;
    /// pending otherwise. <c>DeskStatus</c> in the API computes the same from a batch's history.
    /// </summary>
    protected const string StatusOfBatch = """
        (CASE
          WHEN EXISTS (SELECT 1 FROM letters l WHERE l.batch_id = b.fid AND NOT EXISTS (SELECT 1 FROM corrections k WHERE k.letter_id = l.fid))
            THEN 'issued'
          WHEN EXISTS (SELECT 1 FROM decisions d WHERE d.batch_id = b.fid AND d.kind = 'decision') THEN 'decided'
          WHEN EXISTS (SELECT 1 FROM submission_rows r JOIN appraisals a ON a.row_id = r.fid WHERE r.batch_id = b.fid)
           AND NOT EXISTS (SELECT 1 FROM submission_rows r JOIN appraisals a ON a.row_id = r.fid WHERE r.batch_id = b.fid
                           AND NOT EXISTS (SELECT 1 FROM site_decisions s WHERE s.batch_id = b.fid AND s.row_number = r.row_number))
            THEN 'decided'
          ELSE 'pending'
        END)
        """;
}
