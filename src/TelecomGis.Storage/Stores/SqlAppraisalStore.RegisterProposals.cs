using System.Data.Common;
using System.Globalization;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Register;

namespace TelecomGis.Storage.Stores;

// What an appraisal reads beside the register's events: the proposals still pending on the desk (first received, first served),
// and the register state each batch was appraised against.
public abstract partial class SqlAppraisalStore
{
    public async Task<IReadOnlyList<PendingProposal>> ListPendingProposalsAsync(
        DateTimeOffset asOf,
        long afterBatchId = 0,
        long throughBatchId = long.MaxValue,
        CancellationToken cancellationToken = default
    )
    {
        await using var connection = await OpenAsync(cancellationToken);
        // A row is pending while no letter has answered its batch and its decision (the site's latest, else the batch's latest)
        // is not a refusal, each as of the instant read. Rows that share an existing structure propose none.
        await using var select = Command(
            connection,
            null,
            $"""
            SELECT b.fid, r.row_number, r.carrier, r.site_code, r.lon_deg, r.lat_deg, r.pole_class, r.height_m, r.camouflaged, b.submitted_at
            FROM submission_batches b
            JOIN submission_rows r ON r.batch_id = b.fid
            JOIN appraisals a ON a.row_id = r.fid
            WHERE b.submitted_at <= @as_of AND b.fid > @after AND b.fid <= @through{AndBatchInProvince("b.plan_version")}
              AND r.shares_site_id IS NULL AND r.lon_deg IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM letters l WHERE l.batch_id = b.fid AND l.issued_at <= @as_of)
              AND coalesce(
                (SELECT d.decision FROM site_decisions d
                 WHERE d.batch_id = b.fid AND d.row_number = r.row_number AND d.decided_at <= @as_of ORDER BY d.fid DESC LIMIT 1),
                (SELECT CASE WHEN x.outcome = 'refused' THEN 'refuse' ELSE 'approve' END FROM decisions x
                 WHERE x.batch_id = b.fid AND x.kind = 'decision' AND x.decided_at <= @as_of ORDER BY x.fid DESC LIMIT 1),
                'pending') <> 'refuse'
            ORDER BY b.submitted_at, b.fid, r.row_number
            """
        );
        Add(select, "@as_of", TimestampValue(asOf));
        Add(select, "@after", afterBatchId);
        Add(select, "@through", throughBatchId);
        AddProvince(select);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var result = new List<PendingProposal>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(
                new PendingProposal(
                    reader.GetInt64(0),
                    reader.GetInt32(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    Wgs84Points.CreatePoint(new NetTopologySuite.Geometries.Coordinate(reader.GetDouble(4), reader.GetDouble(5))),
                    PoleClasses.Parse(reader.GetString(6)),
                    reader.GetDouble(7),
                    reader.GetBoolean(8),
                    ReadTimestamp(reader, 9)
                )
            );
        }
        return result;
    }

    private async Task WriteRegisterReadAsync(
        DbConnection connection,
        DbTransaction tx,
        long batchId,
        RegisterRead read,
        CancellationToken cancellationToken
    )
    {
        await using var insert = Command(
            connection,
            tx,
            "INSERT INTO batch_register_reads (batch_id, last_event_id, read_at) VALUES (@batch, @event, @at)"
        );
        Add(insert, "@batch", batchId);
        Add(insert, "@event", read.LastEventId);
        Add(insert, "@at", TimestampValue(read.ReadAt));
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<RegisterRead?> FindRegisterReadAsync(long submissionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(
            connection,
            null,
            "SELECT last_event_id, read_at FROM batch_register_reads WHERE batch_id = @batch"
        );
        Add(select, "@batch", submissionId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new RegisterRead(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), ReadTimestamp(reader, 1))
            : null;
    }
}
