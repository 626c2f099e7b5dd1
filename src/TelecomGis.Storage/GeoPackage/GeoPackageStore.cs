using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.Migrations;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Storage.GeoPackage;

/// <summary>
/// The embedded store: one OGC GeoPackage 1.3 file. Plan layers are feature tables (EPSG:4326, StandardGeoPackageBinary, an R-tree
/// each); submissions, appraisals, decisions and rules are attributes tables, so QGIS and GDAL open the file as it is.
/// </summary>
public sealed partial class GeoPackageStore : SqlAppraisalStore
{
    private const int Wgs84 = 4326;
    private readonly string _connectionString;
    private readonly bool _bulkLoad;
    private readonly bool _pooled;

    private GeoPackageStore(string path, bool bulkLoad = false, bool pooled = false)
    {
        Path = path;
        _bulkLoad = bulkLoad;
        _pooled = bulkLoad || pooled;
        // Pooling off by default: a closed store leaves no handle on the file, so it can be copied, moved or deleted at once. A bulk
        // load and the service pool their connections and let them go when the store is disposed: opening a connection to a file
        // that no other connection holds rebuilds the write-ahead log's index and removes the log again on close, about 9 ms a
        // connection, which the service's requests (two or three store reads an appraisal) paid every time.
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = _pooled,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The GeoPackage file.</summary>
    public string Path { get; }

    /// <summary>Opens the file, creating it and applying the schema's migrations when needed.</summary>
    public static Task<GeoPackageStore> OpenAsync(string path, CancellationToken cancellationToken = default) =>
        OpenAsync(path, bulkLoad: false, cancellationToken);

    /// <summary>
    /// Opens a store for a generator that fills a new file (<c>generate history</c>): commits do not wait for the disk
    /// (PRAGMA synchronous = OFF) and connections are pooled until the store is disposed: 4,300 dossiers in 7 s instead of 70 s; a machine crash during the load may leave a file to throw away,
    /// never a half-written store that the service would take for a good one once the load has finished and closed it.
    /// </summary>
    public static Task<GeoPackageStore> OpenForBulkLoadAsync(string path, CancellationToken cancellationToken = default) =>
        OpenAsync(path, bulkLoad: true, cancellationToken);

    /// <summary>Opens the store for a long-running service: connections are pooled until the store is disposed.</summary>
    public static Task<GeoPackageStore> OpenForServiceAsync(string path, CancellationToken cancellationToken = default) =>
        OpenAsync(path, bulkLoad: false, cancellationToken, pooled: true);

    private static async Task<GeoPackageStore> OpenAsync(
        string path,
        bool bulkLoad,
        CancellationToken cancellationToken,
        bool pooled = false
    )
    {
        var store = new GeoPackageStore(path, bulkLoad, pooled);
        await using var connection = await store.OpenAsync(cancellationToken);
        await using (var wal = connection.CreateCommand())
        {
            // Write-ahead logging: readers do not wait for a writer, and a killed writer's uncommitted pages are simply ignored.
            wal.CommandText = "PRAGMA journal_mode = WAL";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }
        await SchemaMigrator.ApplyAsync(connection, "GeoPackage", cancellationToken: cancellationToken);
        return store;
    }

    /// <summary>Opens (or creates) the file and imports the bundle folder's plan when that version is not there yet: the first run's path.</summary>
    public static async Task<GeoPackageStore> CreateFrom(
        string bundleFolder,
        string gpkgPath,
        CancellationToken cancellationToken = default
    )
    {
        var store = await OpenAsync(gpkgPath, cancellationToken);
        await store.ImportPlanAsync(PlanBundleReader.Read(bundleFolder), cancellationToken);
        return store;
    }

    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        GeoPackageFunctions.Register(connection);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = _bulkLoad ? "PRAGMA foreign_keys = ON; PRAGMA synchronous = OFF" : "PRAGMA foreign_keys = ON";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    protected override object GeometryValue(Geometry? geometry)
    {
        if (geometry is null)
            return DBNull.Value;
        // The writer takes the SRID from the geometry; the plan's geometries may come from a factory without one.
        var copy = geometry.Copy();
        copy.SRID = Wgs84;
        // XY only: the writer's default (XYZM) writes ISO "Point ZM" WKB and a four-dimension envelope, which the columns (z = 0, m = 0)
        // forbid (GeoPackage 1.3, requirement 19); GDAL's validate_gpkg.py finds it.
        return new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY }.Write(copy);
    }

    protected override Geometry? ReadGeometry(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : new GeoPackageGeoReader { HandleSRID = true }.Read(reader.GetFieldValue<byte[]>(ordinal));

    // GeoPackage DATETIME is ISO 8601 in UTC with a Z (GeoPackage 1.3, 1.1.1.1.1); GDAL reads nothing else.
    protected override object TimestampValue(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    protected override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) =>
        DateTimeOffset.Parse(
            reader.GetString(ordinal),
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal
        );

    protected override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 }; // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY

    // The GeoPackage R-tree (GeoPackage 1.3, F.3) over the register's points.
    protected override string StructureEventsInBox =>
        "e.fid IN (SELECT id FROM rtree_structure_events_geom WHERE minx <= @maxx AND maxx >= @minx AND miny <= @maxy AND maxy >= @miny)";

    public override ValueTask DisposeAsync()
    {
        if (_pooled && !IsProvinceView)
        {
            using var pooled = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(pooled);
        }
        return ValueTask.CompletedTask;
    }
}
