using System.Data.Common;
using System.Globalization;
using TelecomGis.Core.Planning;

namespace TelecomGis.Storage.Stores;

// The batch list an appraiser pages through: one query per page, whatever the number of batches (issue 14: 8 s at 5,545 batches when
// the service asked for each batch's decisions in turn).
public abstract partial class SqlAppraisalStore
{
    /// <summary>The most batches one page may hold.</summary>
    public const int MaxPageSize = 500;

    public async Task<SubmissionPage> ListSubmissionsAsync(
        SubmissionQuery query,
        int offset,
        int limit,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxPageSize);
        await using var connection = await OpenAsync(cancellationToken);
        var order = query.OldestFirst ? "ASC" : "DESC";
        // The status is the desk's (StatusOfBatch); the page is cut before the rows are joined, so a
        // page costs its own batches' rows, and count(*) OVER () counts every matching batch before LIMIT cuts them.
        await using var select = Command(
            connection,
            null,
            $"""
            WITH chosen AS (
              SELECT b.fid, b.idempotency_key, b.carrier, b.submitted_by, b.submitted_at, b.plan_version, b.content_hash,
                     b.incoming_number, b.incoming_date, b.incoming_signer, b.incoming_subject,
                     {StatusOfBatch} AS status
              FROM submission_batches b
              WHERE 1 = 1{(query.Carrier is null ? "" : " AND b.carrier = @carrier")}{AndBatchInProvince("b.plan_version")}
            ), page AS (
              SELECT c.*, count(*) OVER () AS total FROM chosen c
              {(query.Status is null ? "" : "WHERE c.status = @status")}
              ORDER BY c.submitted_at {order}, c.fid {order} LIMIT @limit OFFSET @offset
            )
            SELECT p.fid, p.idempotency_key, p.carrier, p.submitted_by, p.submitted_at, p.plan_version, p.status, p.total, count(r.fid), p.content_hash,
                   p.incoming_number, p.incoming_date, p.incoming_signer, p.incoming_subject,
                   sum(CASE WHEN a.verdict = 'conforms' THEN 1 ELSE 0 END),
                   sum(CASE WHEN a.verdict = 'does_not_conform' THEN 1 ELSE 0 END),
                   sum(CASE WHEN a.verdict = 'needs_consultation' THEN 1 ELSE 0 END),
                   sum(CASE WHEN r.fid IS NOT NULL AND a.fid IS NULL THEN 1 ELSE 0 END)
            FROM page p LEFT JOIN submission_rows r ON r.batch_id = p.fid LEFT JOIN appraisals a ON a.row_id = r.fid
            GROUP BY p.fid, p.idempotency_key, p.carrier, p.submitted_by, p.submitted_at, p.plan_version, p.status, p.total, p.content_hash,
                     p.incoming_number, p.incoming_date, p.incoming_signer, p.incoming_subject
            ORDER BY p.submitted_at {order}, p.fid {order}
            """
        );
        if (query.Carrier is not null)
            Add(select, "@carrier", query.Carrier);
        if (query.Status is not null)
            Add(select, "@status", query.Status);
        Add(select, "@limit", limit);
        Add(select, "@offset", offset);
        AddProvince(select);
        var items = new List<ListedSubmission>();
        var total = 0;
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var submission = new Submission(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    ReadTimestamp(reader, 4),
                    new PlanVersion(reader.GetString(5)),
                    Int(reader, 8),
                    reader.IsDBNull(9) ? null : reader.GetString(9),
                    ReadIncoming(reader, 10)
                );
                items.Add(
                    new ListedSubmission(
                        submission,
                        reader.GetString(6),
                        new VerdictCounts(Int(reader, 14), Int(reader, 15), Int(reader, 16), Int(reader, 17))
                    )
                );
                total = Int(reader, 7);
            }
        }
        // A page past the end has no row to carry the total: count alone (the only second query, and only then).
        if (items.Count == 0 && offset > 0)
            total = (await ListSubmissionsAsync(query, 0, 1, cancellationToken)).Total;
        return new SubmissionPage(items, total, offset, limit);
    }

    private static int Int(DbDataReader reader, int i) =>
        reader.IsDBNull(i) ? 0 : Convert.ToInt32(reader.GetValue(i), CultureInfo.InvariantCulture);
}
