using System.Globalization;
using System.Text.RegularExpressions;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.GeoPackage;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Storage.Tests.Stores;

/// <summary>The GeoPackage file as other tools see it: GDAL's ogrinfo as the outside reader, and the spec's own markers.</summary>
[Collection(CommittedBundleGroup.Name)]
public sealed partial class GeoPackageFileTests(CommittedBundleFixture bundle) : IDisposable
{
    private readonly string _dir = TestPaths.NewTempDir();

    [Fact]
    public async Task GdalListsEveryLayerWithItsFeatureCount_AndReportsNoErrorOrWarning()
    {
        var path = Path.Combine(_dir, "quang-ninh.gpkg");
        await using (var store = await GeoPackageStore.CreateFrom(TestPaths.CommittedBundle, path))
        {
            var version = bundle.Plan.Version;
            var submission = await store.SaveSubmissionAsync(
                new NewSubmission("k", "Viettel", "u", DateTimeOffset.UtcNow, version),
                SampleRows.For("Viettel", version, 20)
            );
            await store.AppendDecisionAsync(Decision.OnBatch(submission.Submission.Id, "approved", "ok", "u-dept", DateTimeOffset.UtcNow));
        }

        var (exit, output, errors) = await ExternalTool.RunAsync("ogrinfo", "-so", "-al", path);
        Assert.True(exit == 0, $"ogrinfo exited with {exit}: {errors}");
        Assert.Equal("", errors.Trim());
        Assert.DoesNotContain("ERROR", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Warning", output, StringComparison.OrdinalIgnoreCase);

        // GDAL's own GeoPackage validator (python3-gdal, which gdal-bin depends on) checks what ogrinfo tolerates: blob headers,
        // dimensions, the R-tree triggers, the gpkg_* tables' definitions.
        var validation = await ExternalTool.RunAsync(
            "python3",
            "-W",
            "ignore",
            "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py",
            "-k",
            path
        );
        Assert.True(
            validation.Exit == 0 && validation.Output.Trim() == "" && validation.Errors.Trim() == "",
            $"validate_gpkg.py ({validation.Exit}): {validation.Output}{validation.Errors}"
        );

        var counts = LayerCount()
            .Matches(output)
            .ToDictionary(m => m.Groups["name"].Value, m => long.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture));
        var layers = PlanBundleWriter.Layers(bundle.Plan).ToDictionary(l => SqlAppraisalStore.TableOf(l.File), l => (long)l.Features.Count);
        layers["plan_versions"] = 1;
        layers["plan_rules"] = bundle.Plan.Rules.Parameters.Count;
        layers["submission_batches"] = 1;
        layers["submission_rows"] = 20;
        layers["appraisals"] = 20 - 20 / 7;
        layers["rule_results"] = 3 * (20 - 20 / 7);
        layers["decisions"] = 1;
        layers["plan_activations"] = 0;
        // The desk's tables, empty until an appraiser uses them (attributes tables GDAL lists as layers).
        layers["site_decisions"] = 0;
        layers["consultations"] = 0;
        layers["letters"] = 0;
        layers["corrections"] = 0;
        // The register's tables (issue 11), empty until the service imports the bundle's sites into it.
        foreach (
            var table in new[]
            {
                "structure_events",
                "structure_installations",
                "declarations",
                "declaration_confirmations",
                "inspections",
                "inspection_attachments",
                "batch_register_reads",
                // Keys and jobs (issue 14), empty until the service seeds its keys and a run is queued.
                "api_keys",
                "jobs",
                "job_results",
                // Construction permits and exemptions (issue 11, 3).
                "structure_permits",
                // Unknown keys counted across instances (issue 14, 4).
                "failed_keys",
            }
        )
            layers[table] = 0;
        Assert.Equal(layers.OrderBy(l => l.Key), counts.OrderBy(l => l.Key));
    }

    [Fact]
    public async Task TheFileCarriesTheGeoPackageMarkersAndAnRtreePerLayer()
    {
        var path = Path.Combine(_dir, "markers.gpkg");
        await using (var store = await GeoPackageStore.CreateFrom(TestPaths.CommittedBundle, path)) { }
        Assert.Equal(0x47504B47L, await Scalar(path, "PRAGMA application_id"));
        Assert.Equal(10300L, await Scalar(path, "PRAGMA user_version"));
        Assert.Equal(1L, await Scalar(path, "SELECT count(*) FROM gpkg_spatial_ref_sys WHERE srs_id = 4326 AND organization = 'EPSG'"));
        // Eleven plan layers and the register's structure events.
        Assert.Equal(12L, await Scalar(path, "SELECT count(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index'"));
        Assert.Equal(await Scalar(path, "SELECT count(*) FROM communes"), await Scalar(path, "SELECT count(*) FROM rtree_communes_geom"));
        // The default zone has no geometry, so no R-tree entry.
        Assert.Equal(
            Convert.ToInt64(await Scalar(path, "SELECT count(*) FROM zones"), CultureInfo.InvariantCulture) - 1,
            await Scalar(path, "SELECT count(*) FROM rtree_zones_geom")
        );
        Assert.Equal("ok", await Scalar(path, "PRAGMA integrity_check"));
    }

    [Fact]
    public async Task CreateFromImportsTheBundleOnTheFirstRunOnly()
    {
        var path = Path.Combine(_dir, "first-run.gpkg");
        await using (var store = await GeoPackageStore.CreateFrom(TestPaths.CommittedBundle, path))
            Assert.Equal([bundle.Plan.Version], (await store.ListPlanVersionsAsync()).Select(v => v.Version));
        var imported = await Scalar(path, "SELECT imported_at FROM plan_versions");
        await using (var store = await GeoPackageStore.CreateFrom(TestPaths.CommittedBundle, path))
            Assert.Single(await store.ListPlanVersionsAsync());
        Assert.Equal(imported, await Scalar(path, "SELECT imported_at FROM plan_versions"));
    }

    [Fact]
    public async Task ProcessesOpeningANewFileAtOnceApplyEachMigrationOnce()
    {
        var path = Path.Combine(_dir, "race.gpkg");
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => GeoPackageStore.OpenAsync(path))));
        foreach (var store in stores)
            await store.DisposeAsync();
        Assert.Equal(Migrations.SchemaMigrator.Files("GeoPackage").Select(f => f.Id), await Ids(path));
        Assert.Equal(12, Migrations.SchemaMigrator.Files("GeoPackage").Count);
    }

    private static async Task<List<string>> Ids(string path)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM schema_migrations ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
            ids.Add(reader.GetString(0));
        return ids;
    }

    private static Task<object?> Scalar(string path, string sql) => GeoPackageStoreTests.Raw(path, sql);

    [GeneratedRegex(@"Layer name: (?<name>\S+)[\s\S]*?Feature Count: (?<count>\d+)")]
    private static partial Regex LayerCount();

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
