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

    /// <summary>The connection that LISTENs for activations (<see cref="WaitForPlanActivationAsync"/>), opened on first wait.</summary>
    private NpgsqlConnection? _listener;

    /// <summary>The NOTIFY channel of plan activations; the payload is the version's hash.</summary>
    public const string PlanActivatedChannel = "plan_activated";

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

    protected override string? PlanActivatedNotice => $"SELECT pg_notify('{PlanActivatedChannel}', @hash)";

    /// <summary>
    /// Waits on a connection that LISTENs to <see cref="PlanActivatedChannel"/>: every instance learns of an activation within
    /// milliseconds. A broken connection is opened again on the next wait (after a pause, so a server down is not hammered).
    /// </summary>
    public override async Task WaitForPlanActivationAsync(TimeSpan atMost, CancellationToken cancellationToken = default)
    {
        try
        {
            if (_listener is null)
            {
                var listener = await _dataSource.OpenConnectionAsync(cancellationToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {PlanActivatedChannel}", listener))
                    await listen.ExecuteNonQueryAsync(cancellationToken);
                _listener = listener;
                // Listening from now: an activation between the caller's last read and this LISTEN is found by its next read.
                return;
            }
            await _listener.WaitAsync(atMost, cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or System.IO.IOException or InvalidOperationException)
        {
            if (_listener is not null)
                await _listener.DisposeAsync();
            _listener = null;
            await Task.Delay(atMost, cancellationToken);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        // A province's view shares the data source of the store it was made from, which closes it.
        if (IsProvinceView)
            return;
        if (_listener is not null)
            await _listener.DisposeAsync();
        await _dataSource.DisposeAsync();
    }
}
