using System.Data.Common;
using System.Text.Json;
using TelecomGis.Core.Planning;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Storage.Stores;

// Plan versions: imported whole under their content hash, read back as a plan, deleted only while nothing refers to them.
public abstract partial class SqlAppraisalStore
{
    public async Task<bool> ImportPlanAsync(ProvincePlan plan, CancellationToken cancellationToken = default)
    {
        EnsureInProvince(plan.Province.Code);
        await using var connection = await OpenAsync(cancellationToken);
        if (await PlanExistsAsync(connection, null, plan.Version, cancellationToken))
            return false;
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await using (
                var insert = Command(
                    connection,
                    tx,
                    """
                    INSERT INTO plan_versions (hash, province_code, province_name, epsg, plan_name, department_name_vi, department_name_en, adopted, default_zone_id, imported_at, approval, legal_bases)
                    VALUES (@hash, @code, @name, @epsg, @plan, @vi, @en, @adopted, @zone, @at, @approval, @bases)
                    """
                )
            )
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
                Add(insert, "@approval", ApprovalJson(plan.Metadata.Approval) ?? (object)DBNull.Value);
                Add(
                    insert,
                    "@bases",
                    plan.Metadata.LegalBases is { } bases
                        ? JsonSerializer.Serialize(bases, StoreJson.Default.IReadOnlyListString)
                        : (object)DBNull.Value
                );
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            foreach (var (file, features) in PlanBundleWriter.Layers(plan))
            {
                await using var insert = Command(
                    connection,
                    tx,
                    $"INSERT INTO {TableOf(file)} (plan_version, feature_id, properties, geom) VALUES (@version, @id, {JsonParameter("@properties")}, @geom)"
                );
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
            await using (
                var insert = Command(
                    connection,
                    tx,
                    "INSERT INTO plan_rules (plan_version, rule_id, parameter, value, unit, citation) VALUES (@version, @rule, @parameter, @value, @unit, @citation)"
                )
            )
            {
                Add(insert, "@version", plan.Version.Hash);
                var rule = Add(insert, "@rule", "");
                var parameter = Add(insert, "@parameter", "");
                var value = Add(insert, "@value", 0.0);
                var unit = Add(insert, "@unit", "");
                var citation = Add(insert, "@citation", "");
                foreach (var p in plan.Rules.Parameters)
                {
                    (rule.Value, parameter.Value, value.Value, unit.Value, citation.Value) = (
                        p.RuleId,
                        p.Name,
                        p.Value,
                        p.Unit,
                        p.Citation
                    );
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }
            }
            await tx.CommitAsync(cancellationToken);
            await NotifyPlanChangeAsync(connection, plan.Version, cancellationToken);
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
        await using var select = Command(
            connection,
            null,
            $"""
            SELECT v.hash, v.province_code, v.plan_name, v.adopted, v.imported_at, a.activated_by, a.activated_at
            FROM plan_versions v
            LEFT JOIN plan_activations a ON a.fid = (SELECT max(fid) FROM plan_activations WHERE plan_version = v.hash)
            WHERE 1 = 1{AndInProvince("v.province_code")}
            ORDER BY v.fid
            """
        );
        AddProvince(select);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var result = new List<StoredPlanVersion>();
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(
                new StoredPlanVersion(
                    new PlanVersion(reader.GetString(0)),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetFieldValue<DateOnly>(3),
                    ReadTimestamp(reader, 4),
                    reader.IsDBNull(5) ? null : new PlanActivation(reader.GetString(5), ReadTimestamp(reader, 6))
                )
            );
        }
        return result;
    }

    public async Task<ProvincePlan?> LoadPlanAsync(PlanVersion version, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        PlanMetadata metadata;
        string provinceCode,
            provinceName;
        int epsg;
        await using (
            var select = Command(
                connection,
                null,
                $"""
                SELECT province_code, province_name, epsg, plan_name, department_name_vi, department_name_en, adopted, default_zone_id,
                       approval, legal_bases
                FROM plan_versions WHERE hash = @hash{AndInProvince("province_code")}
                """
            )
        )
        {
            Add(select, "@hash", version.Hash);
            AddProvince(select);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
                return null;
            (provinceCode, provinceName, epsg) = (reader.GetString(0), reader.GetString(1), reader.GetInt32(2));
            metadata = new PlanMetadata(
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetFieldValue<DateOnly>(6),
                reader.GetString(7),
                reader.IsDBNull(8) ? null : ReadApproval(reader.GetString(8)),
                reader.IsDBNull(9) ? null : JsonSerializer.Deserialize(reader.GetString(9), StoreJson.Default.ListString)
            );
        }

        var layers = new Dictionary<string, IReadOnlyList<BundleFeature>>(StringComparer.Ordinal);
        foreach (var (file, table) in PlanTables)
        {
            await using var select = Command(
                connection,
                null,
                $"SELECT properties, geom FROM {table} WHERE plan_version = @hash ORDER BY fid"
            );
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
        await using (
            var select = Command(
                connection,
                null,
                "SELECT rule_id, parameter, value, unit, citation FROM plan_rules WHERE plan_version = @hash ORDER BY fid"
            )
        )
        {
            Add(select, "@hash", version.Hash);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                rules.Add(
                    new RuleParameter(
                        reader.GetString(0),
                        reader.GetString(1),
                        reader.GetDouble(2),
                        reader.GetString(3),
                        reader.GetString(4)
                    )
                );
        }
        return PlanBundleReader.Assemble(version, metadata, provinceCode, provinceName, epsg, f => layers[f], new RuleTable(rules));
    }

    public async Task DeletePlanAsync(PlanVersion version, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // Through a province's view another province's version is unknown: there is nothing to delete.
        if (Province is not null && !await PlanExistsAsync(connection, null, version, cancellationToken))
            return;
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using (
            var used = Command(
                connection,
                tx,
                """
                SELECT 1 FROM submission_batches WHERE plan_version = @hash UNION ALL SELECT 1 FROM appraisals WHERE plan_version = @hash
                UNION ALL SELECT 1 FROM plan_activations WHERE plan_version = @hash
                """
            )
        )
        {
            Add(used, "@hash", version.Hash);
            if (await used.ExecuteScalarAsync(cancellationToken) is not null)
                throw new PlanVersionInUseException(version);
        }
        try
        {
            foreach (var table in PlanTables.Select(t => t.Table).Append("plan_rules").Append("plan_versions"))
            {
                await using var delete = Command(
                    connection,
                    tx,
                    $"DELETE FROM {table} WHERE {(table == "plan_versions" ? "hash" : "plan_version")} = @hash"
                );
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

    private async Task<bool> PlanExistsAsync(
        DbConnection connection,
        DbTransaction? tx,
        PlanVersion version,
        CancellationToken cancellationToken
    )
    {
        await using var select = Command(connection, tx, $"SELECT 1 FROM plan_versions WHERE hash = @hash{AndInProvince("province_code")}");
        Add(select, "@hash", version.Hash);
        AddProvince(select);
        return await select.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static string? ApprovalJson(PlanApproval? approval) =>
        approval is null
            ? null
            : JsonSerializer.Serialize(
                new Dictionary<string, string>
                {
                    ["number"] = approval.Number,
                    ["date"] = approval.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["authority"] = approval.Authority,
                    ["citation"] = approval.Citation,
                },
                StoreJson.Default.DictionaryStringString
            );

    private static PlanApproval ReadApproval(string json)
    {
        var a = JsonSerializer.Deserialize(json, StoreJson.Default.DictionaryStringString)!;
        return new PlanApproval(
            a["number"],
            DateOnly.ParseExact(a["date"], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            a["authority"],
            a["citation"]
        );
    }
}
