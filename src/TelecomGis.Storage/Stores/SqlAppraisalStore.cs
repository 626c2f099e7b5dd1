using System.Data.Common;
using NetTopologySuite.Geometries;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Storage.Stores;

/// <summary>
/// The SQL both stores share: the schema is the same (Migrations/), so the statements are written once over ADO.NET and each store
/// supplies only what its database spells differently (geometries, timestamps, JSON, how it reports a broken constraint).
/// </summary>
public abstract partial class SqlAppraisalStore : IAppraisalStore
{
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
    [.. BundleFiles.PlanLayers.Select(f => (f, TableOf(f)))];

    /// <summary>"planned-positions.geojson" → "planned_positions".</summary>
    public static string TableOf(string bundleFile) => Path.GetFileNameWithoutExtension(bundleFile).Replace('-', '_');

    public abstract ValueTask DisposeAsync();
}
