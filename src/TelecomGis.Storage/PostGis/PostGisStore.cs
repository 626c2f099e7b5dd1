using System.Data.Common;
using NetTopologySuite.Geometries;
using Npgsql;
using TelecomGis.Storage.Migrations;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Storage.PostGis;

/// <summary>
/// The server store: PostgreSQL with PostGIS, chosen by a connection string. Geometries are geometry(…, 4326) with GiST indexes,
/// read and written as NetTopologySuite geometries through Npgsql.NetTopologySuite.
/// </summary>
public sealed partial class PostGisStore : SqlAppraisalStore
{
    /// <summary>The advisory lock key that serialises migrations between processes ('TGIS' in ASCII).</summary>
    private const long MigrationLock = 0x54474953;

    private readonly NpgsqlDataSource _dataSource;

    private PostGisStore(NpgsqlDataSource dataSource) => _dataSource = dataSource;

    /// <summary>Connects and applies the schema's migrations (PostGIS must be installed on the server).</summary>
    public static async Task<PostGisStore> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseNetTopologySuite();
        var store = new PostGisStore(builder.Build());
        await using var connection = await store.OpenAsync(cancellationToken);
        await SchemaMigrator.ApplyAsync(connection, "PostGis", $"SELECT pg_advisory_xact_lock({MigrationLock})", cancellationToken);
        // The migration may have just created the postgis extension: pooled connections must learn its types.
        await ((NpgsqlConnection)connection).ReloadTypesAsync(cancellationToken);
        return store;
    }

    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    protected override object GeometryValue(Geometry? geometry)
    {
        if (geometry is null)
            return DBNull.Value;
        var copy = geometry.Copy();
        copy.SRID = 4326;
        return copy;
    }

    protected override Geometry? ReadGeometry(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<Geometry>(ordinal);

    // Kept to the millisecond, as the GeoPackage keeps it, so that both stores give back the same instant.
    protected override object TimestampValue(DateTimeOffset at) =>
        new DateTimeOffset(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

    protected override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    protected override string JsonParameter(string name) => $"{name}::jsonb";

    protected override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    // Instances claiming at once skip the rows another is claiming (issue 14).
    protected override string ClaimLocking => "FOR UPDATE SKIP LOCKED";

    // The GiST index over the register's points.
    protected override string StructureEventsInBox => "e.geom && ST_MakeEnvelope(@minx, @miny, @maxx, @maxy, 4326)";

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
