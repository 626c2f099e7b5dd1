using System.Data.Common;
using System.Text.Json;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Submissions;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Storage.Stores;

/// <summary>
/// The SQL both stores share: the schema is the same (Migrations/), so the statements are written once over ADO.NET and each store
/// supplies only what its database spells differently (geometries, timestamps, JSON, how it reports a broken constraint).
/// </summary>
public abstract class SqlAppraisalStore : IAppraisalStore
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>A connection, open, on which foreign keys are enforced.</summary>
    protected abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>The parameter value of a geometry column (null: SQL NULL).</summary>
    protected abstract object GeometryValue(Geometry? geometry);

    protected abstract Geometry? ReadGeometry(DbDataReader reader, int ordinal);

    protected abstract object TimestampValue(DateTimeOffset at);

    protected abstract DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal);

    /// <summary>How the SQL writes a JSON parameter into a layer's properties column.</summary>
    protected virtual string JsonParameter(string name) => name;

    /// <summary>Whether the exception is the database refusing a duplicate key.</summary>
    protected abstract bool IsUniqueViolation(DbException exception);

    /// <summary>The bundle file of each plan table, in the order the plan lists its layers.</summary>
    protected static IReadOnlyList<(string File, string Table)> PlanTables { get; } =
    [
        .. new[]
        {
            BundleFiles.Province, BundleFiles.Communes, BundleFiles.Zones, BundleFiles.PlannedPositions, BundleFiles.RestrictedAreas,
            BundleFiles.Airports, BundleFiles.Runways, BundleFiles.Sites, BundleFiles.SensitivePlaces, BundleFiles.FiberRoutes, BundleFiles.PostOffices,
        }.Select(f => (f, TableOf(f))),
    ];

    /// <summary>"planned-positions.geojson" → "planned_positions".</summary>
    public static string TableOf(string bundleFile) => Path.GetFileNameWithoutExtension(bundleFile).Replace('-', '_');

    public abstract ValueTask DisposeAsync();

    public async Task<bool> ImportPlanAsync(ProvincePlan plan, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (await PlanExistsAsync(connection, null, plan.Version, cancellationToken)) return false;
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await using (var insert = Command(connection, tx, """
                INSERT INTO plan_versions (hash, province_code, province_name, epsg, plan_name, department_name_vi, department_name_en, adopted, default_zone_id, imported_at)
                VALUES (@hash, @code, @name, @epsg, @plan, @vi, @en, @adopted, @zone, @at)
                """))
            {
                Add(insert, "@hash", plan.Version.Hash);
                Add(insert, "@code", plan.Province.Code);
                Add(insert, "@name", plan.Province.Name);
                Add(insert, "@epsg", plan.Province.Epsg);
                Add(insert, "@plan", plan.Metadata.PlanName);
                Add(insert, "@vi", plan.Metadata.DepartmentNameVi);
                Add(insert, "@en", plan.Metadata.DepartmentNameEn);
                Add(insert, "@adopted", plan.Metadata.Adopted);
                Add(insert, "@zone", plan.Metadata.DefaultZoneId);
                Add(insert, "@at", TimestampValue(DateTimeOffset.UtcNow));
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            foreach (var (file, features) in PlanBundleWriter.Layers(plan))
            {
                await using var insert = Command(connection, tx,
                    $"INSERT INTO {TableOf(file)} (plan_version, feature_id, properties, geom) VALUES (@version, @id, {JsonParameter("@properties")}, @geom)");
                var version = Add(insert, "@version", plan.Version.Hash);
                var id = Add(insert, "@id", "");
                var properties = Add(insert, "@properties", "");
                var geom = Add(insert, "@geom", DBNull.Value);
                foreach (var f in features)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    id.Value = f.SortKey;
                    properties.Value = PlanBundleWriter.PropertiesJson(f);
                    geom.Value = GeometryValue(f.Geometry);
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }
            }
            await using (var insert = Command(connection, tx,
                "INSERT INTO plan_rules (plan_version, rule_id, parameter, value, unit, citation) VALUES (@version, @rule, @parameter, @value, @unit, @citation)"))
            {
                Add(insert, "@version", plan.Version.Hash);
                var rule = Add(insert, "@rule", "");
                var parameter = Add(insert, "@parameter", "");
                var value = Add(insert, "@value", 0.0);
                var unit = Add(insert, "@unit", "");
                var citation = Add(insert, "@citation", "");
                foreach (var p in plan.Rules.Parameters)
                {
                    (rule.Value, parameter.Value, value.Value, unit.Value, citation.Value) = (p.RuleId, p.Name, p.Value, p.Unit, p.Citation);
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }
            }
            await tx.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbException e) when (IsUniqueViolation(e))
        {
            // Another import of the same version committed first: the version is there, which is what was asked.
            await tx.RollbackAsync(CancellationToken.None);
            return false;
        }
    }

    public async Task<IReadOnlyList<StoredPlanVersion>> ListPlanVersionsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(connection, null, "SELECT hash, province_code, plan_name, adopted, imported_at FROM plan_versions ORDER BY fid");
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var result = new List<StoredPlanVersion>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new StoredPlanVersion(new PlanVersion(reader.GetString(0)), reader.GetString(1), reader.GetString(2),
                reader.GetFieldValue<DateOnly>(3), ReadTimestamp(reader, 4)));
        }
        return result;
    }

    public async Task<ProvincePlan?> LoadPlanAsync(PlanVersion version, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        PlanMetadata metadata;
        string provinceCode, provinceName;
        int epsg;
        await using (var select = Command(connection, null, """
            SELECT province_code, province_name, epsg, plan_name, department_name_vi, department_name_en, adopted, default_zone_id
            FROM plan_versions WHERE hash = @hash
            """))
        {
            Add(select, "@hash", version.Hash);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken)) return null;
            (provinceCode, provinceName, epsg) = (reader.GetString(0), reader.GetString(1), reader.GetInt32(2));
            metadata = new PlanMetadata(reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetFieldValue<DateOnly>(6), reader.GetString(7));
        }

        var layers = new Dictionary<string, IReadOnlyList<BundleFeature>>(StringComparer.Ordinal);
        foreach (var (file, table) in PlanTables)
        {
            await using var select = Command(connection, null, $"SELECT properties, geom FROM {table} WHERE plan_version = @hash ORDER BY fid");
            Add(select, "@hash", version.Hash);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            var features = new List<BundleFeature>();
            while (await reader.ReadAsync(cancellationToken))
            {
                using var properties = JsonDocument.Parse(reader.GetString(0));
                features.Add(new BundleFeature(table, features.Count, properties.RootElement.Clone(), ReadGeometry(reader, 1)));
            }
            layers[file] = features;
        }

        var rules = new List<RuleParameter>();
        await using (var select = Command(connection, null,
            "SELECT rule_id, parameter, value, unit, citation FROM plan_rules WHERE plan_version = @hash ORDER BY fid"))
        {
            Add(select, "@hash", version.Hash);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                rules.Add(new RuleParameter(reader.GetString(0), reader.GetString(1), reader.GetDouble(2), reader.GetString(3), reader.GetString(4)));
        }
        return PlanBundleReader.Assemble(version, metadata, provinceCode, provinceName, epsg, f => layers[f], new RuleTable(rules));
    }

    public async Task ActivatePlanAsync(PlanVersion version, string activatedBy, DateTimeOffset activatedAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (!await PlanExistsAsync(connection, null, version, cancellationToken))
            throw new ArgumentException($"Plan version {version.Short} was never imported.", nameof(version));
        await using var insert = Command(connection, null,
            "INSERT INTO plan_activations (plan_version, activated_by, activated_at) VALUES (@hash, @by, @at)");
        Add(insert, "@hash", version.Hash);
        Add(insert, "@by", activatedBy);
        Add(insert, "@at", TimestampValue(activatedAt));
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<PlanVersion?> CurrentPlanVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(connection, null, """
            SELECT plan_version FROM (SELECT plan_version, 1 AS activated, fid FROM plan_activations
                                      UNION ALL SELECT hash, 0, fid FROM plan_versions) AS candidates
            ORDER BY activated DESC, fid DESC LIMIT 1
            """);
        return await select.ExecuteScalarAsync(cancellationToken) is string hash ? new PlanVersion(hash) : null;
    }

    public async Task DeletePlanAsync(PlanVersion version, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using (var used = Command(connection, tx, """
            SELECT 1 FROM submission_batches WHERE plan_version = @hash UNION ALL SELECT 1 FROM appraisals WHERE plan_version = @hash
            UNION ALL SELECT 1 FROM plan_activations WHERE plan_version = @hash
            """))
        {
            Add(used, "@hash", version.Hash);
            if (await used.ExecuteScalarAsync(cancellationToken) is not null) throw new PlanVersionInUseException(version);
        }
        try
        {
            foreach (var table in PlanTables.Select(t => t.Table).Append("plan_rules").Append("plan_versions"))
            {
                await using var delete = Command(connection, tx, $"DELETE FROM {table} WHERE {(table == "plan_versions" ? "hash" : "plan_version")} = @hash");
                Add(delete, "@hash", version.Hash);
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }
            await tx.CommitAsync(cancellationToken);
        }
        catch (DbException e)
        {
            // A submission referring to the version committed between the check and the delete: the database's own guards refused.
            throw new PlanVersionInUseException(version, e);
        }
    }

    public async Task<SavedSubmission> SaveSubmissionAsync(NewSubmission submission, IEnumerable<RowOutcome> rows, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (await FindAsync(connection, submission.Carrier, submission.IdempotencyKey, cancellationToken) is { } seen) return new SavedSubmission(seen, false);
        long batchId;
        await using (var tx = await connection.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                batchId = await WriteBatchAsync(connection, tx, submission, rows, cancellationToken);
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

    private async Task<long> WriteBatchAsync(DbConnection connection, DbTransaction tx, NewSubmission submission, IEnumerable<RowOutcome> rows,
        CancellationToken cancellationToken)
    {
        long batchId;
        await using (var insert = Command(connection, tx, """
            INSERT INTO submission_batches (idempotency_key, carrier, submitted_by, submitted_at, plan_version)
            VALUES (@key, @carrier, @by, @at, @version) RETURNING fid
            """))
        {
            Add(insert, "@key", submission.IdempotencyKey);
            Add(insert, "@carrier", submission.Carrier);
            Add(insert, "@by", submission.SubmittedBy);
            Add(insert, "@at", TimestampValue(submission.SubmittedAt));
            Add(insert, "@version", submission.PlanVersion.Hash);
            batchId = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        // One prepared statement per table, its parameters refilled per row: a batch can hold a hundred thousand rows.
        await using var rowInsert = Command(connection, tx, """
            INSERT INTO submission_rows (batch_id, row_number, carrier, site_code, lon_deg, lat_deg, pole_class, height_m, camouflaged, shares_site_id,
              building_height_m, ground_elevation_m, declared_commune_code, sectors, rejection_field, rejection_vi, rejection_en)
            VALUES (@batch, @row, @carrier, @code, @lon, @lat, @class, @height, @camouflaged, @shares, @building, @ground, @commune, @sectors,
              @field, @vi, @en) RETURNING fid
            """);
        string[] rowNames = ["@batch", "@row", "@carrier", "@code", "@lon", "@lat", "@class", "@height", "@camouflaged", "@shares", "@building", "@ground",
            "@commune", "@sectors", "@field", "@vi", "@en"];
        var r = rowNames.ToDictionary(n => n, n => Add(rowInsert, n, DBNull.Value));
        r["@batch"].Value = batchId;

        await using var appraisalInsert = Command(connection, tx,
            "INSERT INTO appraisals (row_id, verdict, plan_version, alternative) VALUES (@row, @verdict, @version, @alternative) RETURNING fid");
        var aRow = Add(appraisalInsert, "@row", 0L);
        var aVerdict = Add(appraisalInsert, "@verdict", "");
        var aVersion = Add(appraisalInsert, "@version", "");
        var aAlternative = Add(appraisalInsert, "@alternative", DBNull.Value);

        await using var ruleInsert = Command(connection, tx, """
            INSERT INTO rule_results (appraisal_id, ordinal, rule_id, outcome, measured_value, unit, threshold, deciding_layer, deciding_id, deciding_name,
              citation, message_vi, message_en)
            VALUES (@appraisal, @ordinal, @rule, @outcome, @measured, @unit, @threshold, @layer, @id, @name, @citation, @vi, @en)
            """);
        string[] ruleNames = ["@appraisal", "@ordinal", "@rule", "@outcome", "@measured", "@unit", "@threshold", "@layer", "@id", "@name", "@citation", "@vi", "@en"];
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
            r["@sectors"].Value = Db(site?.Sectors is { } sectors
                ? JsonSerializer.Serialize(sectors.Select(s => new SectorRecord(s.AzimuthDeg, s.FrequencyMhz, s.EirpDbm, s.Technology.Label(), s.AntennaHeightM)), Json)
                : null);
            r["@field"].Value = Db(row.Rejection?.Field);
            r["@vi"].Value = Db(row.Rejection?.MessageVi);
            r["@en"].Value = Db(row.Rejection?.MessageEn);
            var rowId = Convert.ToInt64(await rowInsert.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);

            if (outcome.Appraisal is not { } appraisal) continue;
            aRow.Value = rowId;
            aVerdict.Value = appraisal.Verdict.Code();
            aVersion.Value = appraisal.PlanVersion;
            aAlternative.Value = Db(outcome.Alternative is { } alternative ? JsonSerializer.Serialize(alternative, Json) : null);
            var appraisalId = Convert.ToInt64(await appraisalInsert.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
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
        return batchId;
    }

    public async Task<IReadOnlyList<RowOutcome>> LoadRowsAsync(long submissionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var results = new Dictionary<long, List<RuleResult>>();
        await using (var select = Command(connection, null, """
            SELECT q.appraisal_id, q.rule_id, q.outcome, q.message_vi, q.message_en, q.measured_value, q.unit, q.threshold,
                   q.deciding_layer, q.deciding_id, q.deciding_name, q.citation
            FROM rule_results q JOIN appraisals a ON a.fid = q.appraisal_id JOIN submission_rows r ON r.fid = a.row_id
            WHERE r.batch_id = @batch ORDER BY q.appraisal_id, q.ordinal
            """))
        {
            Add(select, "@batch", submissionId);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var feature = reader.IsDBNull(8) ? null : new FeatureRef(reader.GetString(8), reader.GetString(9), reader.GetString(10));
                var result = RuleResult.Restore(reader.GetString(1), RuleOutcomes.Parse(reader.GetString(2)), reader.GetString(3), reader.GetString(4),
                    NullableDouble(reader, 5), NullableString(reader, 6), NullableDouble(reader, 7), feature, NullableString(reader, 11));
                var id = reader.GetInt64(0);
                if (!results.TryGetValue(id, out var list)) results[id] = list = [];
                list.Add(result);
            }
        }

        await using var rows = Command(connection, null, """
            SELECT r.row_number, r.carrier, r.site_code, r.lon_deg, r.lat_deg, r.pole_class, r.height_m, r.camouflaged, r.shares_site_id,
                   r.building_height_m, r.ground_elevation_m, r.declared_commune_code, r.sectors, r.rejection_field, r.rejection_vi, r.rejection_en,
                   a.fid, a.verdict, a.plan_version, a.alternative
            FROM submission_rows r LEFT JOIN appraisals a ON a.row_id = r.fid
            WHERE r.batch_id = @batch ORDER BY r.row_number
            """);
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
                    ? JsonSerializer.Deserialize<List<SectorRecord>>(json, Json)!
                        .Select(s => new Sector(s.AzimuthDeg, s.FrequencyMhz, s.EirpDbm, Technologies.Parse(s.Technology), s.AntennaHeightM)).ToList()
                    : null;
                site = new ProposedSite(number, carrier, code, rr.GetDouble(3), rr.GetDouble(4), PoleClasses.Parse(rr.GetString(5)), rr.GetDouble(6),
                    rr.GetBoolean(7), NullableString(rr, 8), NullableDouble(rr, 9), NullableDouble(rr, 10), NullableString(rr, 11), sectors);
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
                appraisal = new AppraisalResult(site, Verdicts.Parse(rr.GetString(17)),
                    results.TryGetValue(rr.GetInt64(16), out var list) ? list : [], rr.GetString(18));
                alternative = NullableString(rr, 19) is { } json ? JsonSerializer.Deserialize<ConformingAlternative>(json, Json) : null;
            }
            outcomes.Add(new RowOutcome(row, appraisal, alternative));
        }
        return outcomes;
    }

    public Task<IReadOnlyList<Submission>> ListSubmissionsAsync(string carrier, CancellationToken cancellationToken = default) =>
        ListAsync("WHERE b.carrier = @carrier ORDER BY b.submitted_at DESC, b.fid DESC", c => Add(c, "@carrier", carrier), cancellationToken);

    public Task<IReadOnlyList<Submission>> ListPendingAsync(CancellationToken cancellationToken = default) =>
        ListAsync("WHERE NOT EXISTS (SELECT 1 FROM decisions d WHERE d.batch_id = b.fid AND d.kind = 'decision') ORDER BY b.submitted_at, b.fid",
            _ => { }, cancellationToken);

    public async Task<Decision> AppendDecisionAsync(Decision decision, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(decision.Reason)) throw new ArgumentException("A decision or an override needs a written reason.", nameof(decision));
        if (decision.Kind == DecisionKind.Override && (decision.Row is null || string.IsNullOrWhiteSpace(decision.RuleId)))
            throw new ArgumentException("An override names the row and the rule it overrides.", nameof(decision));
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = Command(connection, null, """
            INSERT INTO decisions (batch_id, kind, row_number, rule_id, outcome, reason, decided_by, decided_at)
            VALUES (@batch, @kind, @row, @rule, @outcome, @reason, @by, @at) RETURNING fid
            """);
        Add(insert, "@batch", decision.SubmissionId);
        Add(insert, "@kind", decision.Kind == DecisionKind.Decision ? "decision" : "override");
        Add(insert, "@row", Db(decision.Row));
        Add(insert, "@rule", Db(decision.RuleId));
        Add(insert, "@outcome", decision.Outcome);
        Add(insert, "@reason", decision.Reason);
        Add(insert, "@by", decision.DecidedBy);
        Add(insert, "@at", TimestampValue(decision.DecidedAt));
        var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return decision with { Id = id };
    }

    public async Task<IReadOnlyList<Decision>> ListDecisionsAsync(long submissionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(connection, null, """
            SELECT fid, kind, row_number, rule_id, outcome, reason, decided_by, decided_at FROM decisions WHERE batch_id = @batch ORDER BY fid
            """);
        Add(select, "@batch", submissionId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var result = new List<Decision>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new Decision(reader.GetInt64(0), submissionId, reader.GetString(1) == "decision" ? DecisionKind.Decision : DecisionKind.Override,
                reader.IsDBNull(2) ? null : reader.GetInt32(2), NullableString(reader, 3), reader.GetString(4), reader.GetString(5), reader.GetString(6),
                ReadTimestamp(reader, 7)));
        }
        return result;
    }

    private async Task<IReadOnlyList<Submission>> ListAsync(string where, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = Command(connection, null, SelectSubmissions + " " + where);
        bind(select);
        return await ReadSubmissionsAsync(select, cancellationToken);
    }

    private const string SelectSubmissions = """
        SELECT b.fid, b.idempotency_key, b.carrier, b.submitted_by, b.submitted_at, b.plan_version,
               (SELECT count(*) FROM submission_rows r WHERE r.batch_id = b.fid)
        FROM submission_batches b
        """;

    private async Task<Submission?> FindAsync(DbConnection connection, string carrier, string key, CancellationToken cancellationToken)
    {
        await using var select = Command(connection, null, SelectSubmissions + " WHERE b.carrier = @carrier AND b.idempotency_key = @key");
        Add(select, "@carrier", carrier);
        Add(select, "@key", key);
        return (await ReadSubmissionsAsync(select, cancellationToken)).SingleOrDefault();
    }

    private async Task<IReadOnlyList<Submission>> ReadSubmissionsAsync(DbCommand select, CancellationToken cancellationToken)
    {
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var result = new List<Submission>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new Submission(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), ReadTimestamp(reader, 4),
                new PlanVersion(reader.GetString(5)), Convert.ToInt32(reader.GetValue(6), System.Globalization.CultureInfo.InvariantCulture)));
        }
        return result;
    }

    private static async Task<bool> PlanExistsAsync(DbConnection connection, DbTransaction? tx, PlanVersion version, CancellationToken cancellationToken)
    {
        await using var select = Command(connection, tx, "SELECT 1 FROM plan_versions WHERE hash = @hash");
        Add(select, "@hash", version.Hash);
        return await select.ExecuteScalarAsync(cancellationToken) is not null;
    }

    protected static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return command;
    }

    protected static DbParameter Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
        return p;
    }

    private static object Db(object? value) => value ?? DBNull.Value;

    private static string? NullableString(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static double? NullableDouble(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);

    private sealed record SectorRecord(double AzimuthDeg, double FrequencyMhz, double EirpDbm, string Technology, double? AntennaHeightM);
}
