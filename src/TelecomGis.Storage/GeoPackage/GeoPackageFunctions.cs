using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;

namespace TelecomGis.Storage.GeoPackage;

/// <summary>
/// The SQL functions the GeoPackage R-tree triggers call (GeoPackage 1.3, annex F.3: ST_IsEmpty, ST_MinX, ST_MaxX, ST_MinY, ST_MaxY).
/// SQLite has none of them; GDAL registers its own when it opens the file, so every writer must too.
/// </summary>
public static class GeoPackageFunctions
{
    public static void Register(SqliteConnection connection)
    {
        connection.CreateFunction("ST_IsEmpty", (byte[]? blob) => blob is null ? (bool?)null : Read(blob).IsEmpty, isDeterministic: true);
        connection.CreateFunction(
            "ST_MinX",
            (byte[]? blob) => blob is null ? (double?)null : Read(blob).EnvelopeInternal.MinX,
            isDeterministic: true
        );
        connection.CreateFunction(
            "ST_MaxX",
            (byte[]? blob) => blob is null ? (double?)null : Read(blob).EnvelopeInternal.MaxX,
            isDeterministic: true
        );
        connection.CreateFunction(
            "ST_MinY",
            (byte[]? blob) => blob is null ? (double?)null : Read(blob).EnvelopeInternal.MinY,
            isDeterministic: true
        );
        connection.CreateFunction(
            "ST_MaxY",
            (byte[]? blob) => blob is null ? (double?)null : Read(blob).EnvelopeInternal.MaxY,
            isDeterministic: true
        );
    }

    private static NetTopologySuite.Geometries.Geometry Read(byte[] blob) => new GeoPackageGeoReader { HandleSRID = true }.Read(blob);
}
