using Microsoft.Data.Sqlite;
using TelecomGis.Storage.GeoPackage;
using TelecomGis.Storage.Migrations;

namespace TelecomGis.Storage.Tests.Stores;

/// <summary>
/// A store written before provinces (issue 12, item 5) keeps its rows: migration 0011 gives the register's events, declarations
/// and inspections the province of the latest activated plan version, and leaves existing keys national.
/// </summary>
public sealed class ProvinceMigrationTests : IDisposable
{
    private readonly string _dir = TestPaths.NewTempDir();

    [Fact]
    public async Task RowsWrittenBeforeProvinces_BelongToTheProvinceOfTheLatestActivatedVersion()
    {
        var path = Path.Combine(_dir, "old.gpkg");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            GeoPackageFunctions.Register(connection);
            // The schema as it stood before 0011, and rows written then: two versions of two provinces, the later activated last.
            await Execute(connection, "CREATE TABLE schema_migrations (id TEXT NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)");
            foreach (var (id, sql) in SchemaMigrator.Files("GeoPackage").Where(f => string.CompareOrdinal(f.Id, "0011") < 0))
            {
                await Execute(connection, sql);
                await Execute(connection, $"INSERT INTO schema_migrations (id, applied_at) VALUES ('{id}', '2026-01-01')");
            }
            foreach (var (hash, code) in new[] { ("v-qn", "22"), ("v-hp", "31") })
                await Execute(
                    connection,
                    "INSERT INTO plan_versions (hash, province_code, province_name, epsg, plan_name, department_name_vi, department_name_en, "
                        + $"adopted, default_zone_id, imported_at) VALUES ('{hash}', '{code}', 'T', 5899, 'P', 'S', 'D', '2026-01-01', 'Z', '2026-01-01T00:00:00.000Z')"
                );
            await Execute(
                connection,
                "INSERT INTO plan_activations (plan_version, activated_by, activated_at) VALUES ('v-hp', 'system', '2026-01-01T00:00:00.000Z'), "
                    + "('v-qn', 'system', '2026-01-02T00:00:00.000Z')"
            );
            await Execute(
                connection,
                "INSERT INTO structure_events (structure_id, stage, effective_at, recorded_by, source) "
                    + "VALUES ('QN-1', 'dismantled', '2026-02-01T00:00:00.000Z', 'u', 'inspection')"
            );
            await Execute(
                connection,
                "INSERT INTO inspections (structure_id, inspected_on, inspectors, findings, outcome, recorded_by, recorded_at) "
                    + "VALUES ('QN-1', '2026-02-01', 'A', 'F', 'compliant', 'u', '2026-02-01T00:00:00.000Z')"
            );
            await Execute(
                connection,
                "INSERT INTO api_keys (sha256, user_id, role, issued_at) VALUES ('abc', 'u-old', 'admin', '2026-01-01T00:00:00.000Z')"
            );
        }

        await using var store = await GeoPackageStore.OpenAsync(path);
        Assert.Equal(["QN-1"], (await store.InProvince("22").LoadRegisterEventsAsync()).Select(e => e.StructureId));
        Assert.Empty(await store.InProvince("31").LoadRegisterEventsAsync());
        Assert.Single(await store.InProvince("22").ListInspectionsAsync());
        Assert.Null((await store.FindKeyAsync("abc"))!.Province);
        // The register stays append-only once the backfill is done.
        await Assert.ThrowsAsync<SqliteException>(() => GeoPackageStoreTests.Raw(path, "UPDATE structure_events SET province_code = '31'"));
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
