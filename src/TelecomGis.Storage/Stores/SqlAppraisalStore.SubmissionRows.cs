using System.Data.Common;
using System.Text.Json;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Storage.Stores;

// A batch's rows with their appraisals and every rule result: written in the batch's transaction, read back in row order.
public abstract partial class SqlAppraisalStore
{
    private async Task<long> WriteBatchAsync(
        DbConnection connection,
        DbTransaction tx,
        NewSubmission submission,
        IEnumerable<RowOutcome> rows,
        CancellationToken cancellationToken
    )
    {
        long batchId;
        await using (
            var insert = Command(
                connection,
                tx,
                """
                INSERT INTO submission_batches (idempotency_key, carrier, submitted_by, submitted_at, plan_version, content_hash,
                  incoming_number, incoming_date, incoming_signer, incoming_subject)
                VALUES (@key, @carrier, @by, @at, @version, @hash, @in_number, @in_date, @in_signer, @in_subject) RETURNING fid
                """
            )
        )
        {
            Add(insert, "@key", submission.IdempotencyKey);
            Add(insert, "@carrier", submission.Carrier);
            Add(insert, "@by", submission.SubmittedBy);
            Add(insert, "@at", TimestampValue(submission.SubmittedAt));
            Add(insert, "@version", submission.PlanVersion.Hash);
            Add(insert, "@hash", Db(submission.ContentHash));
            var incoming = submission.Incoming;
            Add(insert, "@in_number", Db(incoming?.Number));
            Add(insert, "@in_date", Db(incoming is null ? null : IsoDate(incoming.Date)));
            Add(insert, "@in_signer", Db(incoming?.Signer));
            Add(insert, "@in_subject", Db(incoming?.Subject));
            batchId = Convert.ToInt64(
                await insert.ExecuteScalarAsync(cancellationToken),
                System.Globalization.CultureInfo.InvariantCulture
            );
        }

        await WriteRowsAsync(connection, tx, batchId, rows, cancellationToken);
        return batchId;
    }

    /// <summary>
    /// Writes a batch's rows, their appraisals and every rule result, in the batch's transaction. This is a statement per row, each
    /// prepared once and its parameters refilled (fast on SQLite, where a statement is a function call); PostGIS copies instead.
    /// </summary>
    /// <param name="rows">Read once; cancellation is checked as each row is read.</param>
    protected virtual async Task WriteRowsAsync(
        DbConnection connection,
        DbTransaction tx,
        long batchId,
        IEnumerable<RowOutcome> rows,
        CancellationToken cancellationToken
    )
    {
        // One prepared statement per table, its parameters refilled per row: a batch can hold a hundred thousand rows.
        await using var rowInsert = Command(
            connection,
            tx,
            """
            INSERT INTO submission_rows (batch_id, row_number, carrier, site_code, lon_deg, lat_deg, pole_class, height_m, camouflaged, shares_site_id,
              building_height_m, ground_elevation_m, declared_commune_code, sectors, rejection_field, rejection_vi, rejection_en)
            VALUES (@batch, @row, @carrier, @code, @lon, @lat, @class, @height, @camouflaged, @shares, @building, @ground, @commune, @sectors,
              @field, @vi, @en) RETURNING fid
            """
        );
        string[] rowNames =
        [
            "@batch",
            "@row",
            "@carrier",
            "@code",
            "@lon",
            "@lat",
            "@class",
            "@height",
            "@camouflaged",
            "@shares",
            "@building",
            "@ground",
            "@commune",
            "@sectors",
            "@field",
            "@vi",
            "@en",
        ];
        var r = rowNames.ToDictionary(n => n, n => Add(rowInsert, n, DBNull.Value));
        r["@batch"].Value = batchId;

        await using var appraisalInsert = Command(
            connection,
            tx,
            "INSERT INTO appraisals (row_id, verdict, plan_version, alternative) VALUES (@row, @verdict, @version, @alternative) RETURNING fid"
        );
        var aRow = Add(appraisalInsert, "@row", 0L);
        var aVerdict = Add(appraisalInsert, "@verdict", "");
        var aVersion = Add(appraisalInsert, "@version", "");
        var aAlternative = Add(appraisalInsert, "@alternative", DBNull.Value);

        await using var ruleInsert = Command(
            connection,
            tx,
            """
            INSERT INTO rule_results (appraisal_id, ordinal, rule_id, outcome, measured_value, unit, threshold, deciding_layer, deciding_id, deciding_name,
              citation, message_vi, message_en)
            VALUES (@appraisal, @ordinal, @rule, @outcome, @measured, @unit, @threshold, @layer, @id, @name, @citation, @vi, @en)
            """
        );
        string[] ruleNames =
        [
            "@appraisal",
            "@ordinal",
            "@rule",
            "@outcome",
            "@measured",
            "@unit",
            "@threshold",
            "@layer",
            "@id",
            "@name",
            "@citation",
            "@vi",
            "@en",
        ];
        var q = ruleNames.ToDictionary(n => n, n => Add(ruleInsert, n, DBNull.Value));

        foreach (var outcome in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = outcome.Row;
            var site = row.Site;
            r["@row"].Value = row.Row;
            r["@carrier"].Value = row.Carrier;
            r["@code"].Value = row.SiteCode;
            r["@lon"].Value = Db(site?.LonDeg);
            r["@lat"].Value = Db(site?.LatDeg);
            r["@class"].Value = Db(site?.PoleClass.ToString());
            r["@height"].Value = Db(site?.HeightM);
            r["@camouflaged"].Value = Db(site?.Camouflaged);
            r["@shares"].Value = Db(site?.SharesSiteId);
            r["@building"].Value = Db(site?.BuildingHeightM);
            r["@ground"].Value = Db(site?.GroundElevationM);
            r["@commune"].Value = Db(site?.DeclaredCommuneCode);
            r["@sectors"].Value = Db(SectorsJson(site));
            r["@field"].Value = Db(row.Rejection?.Field);
            r["@vi"].Value = Db(row.Rejection?.MessageVi);
            r["@en"].Value = Db(row.Rejection?.MessageEn);
            var rowId = Convert.ToInt64(
                await rowInsert.ExecuteScalarAsync(cancellationToken),
                System.Globalization.CultureInfo.InvariantCulture
            );

            if (outcome.Appraisal is not { } appraisal)
                continue;
            aRow.Value = rowId;
            aVerdict.Value = appraisal.Verdict.Code();
            aVersion.Value = appraisal.PlanVersion;
            aAlternative.Value = Db(AlternativeJson(outcome));
            var appraisalId = Convert.ToInt64(
                await appraisalInsert.ExecuteScalarAsync(cancellationToken),
                System.Globalization.CultureInfo.InvariantCulture
            );
            q["@appraisal"].Value = appraisalId;
            var ordinal = 0;
            foreach (var result in appraisal.Results)
            {
                q["@ordinal"].Value = ordinal++;
                q["@rule"].Value = result.RuleId;
                q["@outcome"].Value = result.Outcome.Code();
                q["@measured"].Value = Db(result.MeasuredValue);
                q["@unit"].Value = Db(result.Unit);
                q["@threshold"].Value = Db(result.Threshold);
                q["@layer"].Value = Db(result.DecidingFeature?.Layer);
                q["@id"].Value = Db(result.DecidingFeature?.Id);
                q["@name"].Value = Db(result.DecidingFeature?.Name);
                q["@citation"].Value = Db(result.Citation);
                q["@vi"].Value = result.MessageVi;
                q["@en"].Value = result.MessageEn;
                await ruleInsert.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    /// <summary>A site's sectors as the JSON the sectors column keeps; null when it declares none.</summary>
    protected static string? SectorsJson(ProposedSite? site) =>
        site?.Sectors is { } sectors
            ? JsonSerializer.Serialize(
                sectors.Select(s => new SectorRecord(s.AzimuthDeg, s.FrequencyMhz, s.EirpDbm, s.Technology.Label(), s.AntennaHeightM)),
                StoreJson.Default.IEnumerableSectorRecord
            )
            : null;

    /// <summary>The conforming-point search's answer as the JSON the alternative column keeps; null when it did not run.</summary>
    protected static string? AlternativeJson(RowOutcome outcome) =>
        outcome.Alternative is { } alternative ? JsonSerializer.Serialize(alternative, StoreJson.Default.ConformingAlternative) : null;

    public async Task<IReadOnlyList<RowOutcome>> LoadRowsAsync(long submissionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var results = new Dictionary<long, List<RuleResult>>();
        await using (
            var select = Command(
                connection,
                null,
                """
                SELECT q.appraisal_id, q.rule_id, q.outcome, q.message_vi, q.message_en, q.measured_value, q.unit, q.threshold,
                       q.deciding_layer, q.deciding_id, q.deciding_name, q.citation
                FROM rule_results q JOIN appraisals a ON a.fid = q.appraisal_id JOIN submission_rows r ON r.fid = a.row_id
                WHERE r.batch_id = @batch ORDER BY q.appraisal_id, q.ordinal
                """
            )
        )
        {
            Add(select, "@batch", submissionId);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var feature = reader.IsDBNull(8) ? null : new FeatureRef(reader.GetString(8), reader.GetString(9), reader.GetString(10));
                var result = RuleResult.Restore(
                    reader.GetString(1),
                    RuleOutcomes.Parse(reader.GetString(2)),
                    reader.GetString(3),
                    reader.GetString(4),
                    NullableDouble(reader, 5),
                    NullableString(reader, 6),
                    NullableDouble(reader, 7),
                    feature,
                    NullableString(reader, 11)
                );
                var id = reader.GetInt64(0);
                if (!results.TryGetValue(id, out var list))
                    results[id] = list = [];
                list.Add(result);
            }
        }

        await using var rows = Command(
            connection,
            null,
            """
            SELECT r.row_number, r.carrier, r.site_code, r.lon_deg, r.lat_deg, r.pole_class, r.height_m, r.camouflaged, r.shares_site_id,
                   r.building_height_m, r.ground_elevation_m, r.declared_commune_code, r.sectors, r.rejection_field, r.rejection_vi, r.rejection_en,
                   a.fid, a.verdict, a.plan_version, a.alternative
            FROM submission_rows r LEFT JOIN appraisals a ON a.row_id = r.fid
            WHERE r.batch_id = @batch ORDER BY r.row_number
            """
        );
        Add(rows, "@batch", submissionId);
        await using var rr = await rows.ExecuteReaderAsync(cancellationToken);
        var outcomes = new List<RowOutcome>();
        while (await rr.ReadAsync(cancellationToken))
        {
            var number = rr.GetInt32(0);
            var (carrier, code) = (rr.GetString(1), rr.GetString(2));
            SubmissionRow row;
            ProposedSite? site = null;
            if (!rr.IsDBNull(3))
            {
                var sectors = NullableString(rr, 12) is { } json
                    ? JsonSerializer
                        .Deserialize(json, StoreJson.Default.ListSectorRecord)!
                        .Select(s => new Sector(
                            s.AzimuthDeg,
                            s.FrequencyMhz,
                            s.EirpDbm,
                            Technologies.Parse(s.Technology),
                            s.AntennaHeightM
                        ))
                        .ToList()
                    : null;
                site = new ProposedSite(
                    number,
                    carrier,
                    code,
                    rr.GetDouble(3),
                    rr.GetDouble(4),
                    PoleClasses.Parse(rr.GetString(5)),
                    rr.GetDouble(6),
                    rr.GetBoolean(7),
                    NullableString(rr, 8),
                    NullableDouble(rr, 9),
                    NullableDouble(rr, 10),
                    NullableString(rr, 11),
                    sectors
                );
                row = SubmissionRow.Accepted(site);
            }
            else
            {
                row = SubmissionRow.Rejected(number, carrier, code, rr.GetString(13), rr.GetString(14), rr.GetString(15));
            }
            AppraisalResult? appraisal = null;
            ConformingAlternative? alternative = null;
            if (!rr.IsDBNull(16) && site is not null)
            {
                appraisal = new AppraisalResult(
                    site,
                    Verdicts.Parse(rr.GetString(17)),
                    results.TryGetValue(rr.GetInt64(16), out var list) ? list : [],
                    rr.GetString(18)
                );
                alternative = NullableString(rr, 19) is { } json
                    ? JsonSerializer.Deserialize(json, StoreJson.Default.ConformingAlternative)
                    : null;
            }
            outcomes.Add(new RowOutcome(row, appraisal, alternative));
        }
        return outcomes;
    }

    private sealed record SectorRecord(double AzimuthDeg, double FrequencyMhz, double EirpDbm, string Technology, double? AntennaHeightM);
}
