using System.Text;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace TelecomGis.Storage.Import;

/// <summary>
/// Reads one feature table of a GeoPackage (OGC 12-128r18): the table named by <c>sourceLayer</c>, else the only one, else
/// the one named like the bundle layer. The system comes from <c>gpkg_spatial_ref_sys</c> (an EPSG code, or a WKT1
/// definition recognised as a .prj is) unless <c>--srs</c> gives it. Opened read-only; the file is never changed.
/// </summary>
public static class GeoPackageSource
{
    public static SourceData Read(string path, string? sourceLayer, string bundleLayer, int? srs)
    {
        var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadOnly,
                Pooling = false,
            }.ToString()
        );
        try
        {
            connection.Open();
            var tables = FeatureTables(connection);
            var chosen = Choose(tables, sourceLayer, bundleLayer);
            var epsg = srs ?? Crs(connection, chosen.SrsId);
            return ReadTable(connection, chosen, epsg);
        }
        catch (SqliteException e)
        {
            // SQLite's words are English ("file is not a database"): the Vietnamese says what it means.
            throw new ImportFileException(
                "không đọc được tệp GeoPackage (tệp hỏng hoặc không phải GeoPackage).",
                $"the GeoPackage cannot be read: {e.Message}",
                e
            );
        }
        finally
        {
            connection.Dispose();
        }
    }

    private sealed record FeatureTable(string Name, string GeometryColumn, int SrsId);

    private static List<FeatureTable> FeatureTables(SqliteConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText =
            "SELECT g.table_name, g.column_name, g.srs_id FROM gpkg_geometry_columns g JOIN gpkg_contents c ON c.table_name = g.table_name WHERE c.data_type = 'features' ORDER BY g.table_name";
        using var r = cmd.ExecuteReader();
        var list = new List<FeatureTable>();
        while (r.Read())
            list.Add(new FeatureTable(r.GetString(0), r.GetString(1), r.GetInt32(2)));
        return list;
    }

    private static FeatureTable Choose(List<FeatureTable> tables, string? sourceLayer, string bundleLayer)
    {
        var names = string.Join(", ", tables.Select(t => t.Name));
        if (sourceLayer is not null)
            return tables.FirstOrDefault(t => t.Name.Equals(sourceLayer, StringComparison.OrdinalIgnoreCase))
                ?? throw new ImportFileException(
                    $"tệp GeoPackage không có lớp \"{sourceLayer}\" (có: {names}).",
                    $"the GeoPackage has no layer \"{sourceLayer}\" (it has: {names})."
                );
        if (tables.Count == 1)
            return tables[0];
        var key = bundleLayer.Replace("-", "_", StringComparison.Ordinal);
        return tables.FirstOrDefault(t =>
            t.Name.Equals(key, StringComparison.OrdinalIgnoreCase) || t.Name.Equals(bundleLayer, StringComparison.OrdinalIgnoreCase)
        )
            ?? throw new ImportFileException(
                tables.Count == 0
                    ? "tệp GeoPackage không có lớp đối tượng nào."
                    : $"tệp GeoPackage có nhiều lớp ({names}): chọn một bằng --source-layer.",
                tables.Count == 0
                    ? "the GeoPackage holds no feature table."
                    : $"the GeoPackage holds several layers ({names}): choose one with --source-layer."
            );
    }

    private static int Crs(SqliteConnection c, int srsId)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = $id";
        cmd.Parameters.AddWithValue("$id", srsId);
        using var r = cmd.ExecuteReader();
        if (!r.Read())
            throw new ImportFileException(
                $"tệp GeoPackage không khai báo hệ tọa độ {srsId}; dùng --srs EPSG:N.",
                $"the GeoPackage lacks its system {srsId}; give --srs EPSG:N."
            );
        var organization = r.IsDBNull(0) ? "" : r.GetString(0);
        var code = r.IsDBNull(1) ? 0 : r.GetInt32(1);
        if (organization.Equals("EPSG", StringComparison.OrdinalIgnoreCase) && SourceCrs.IsKnown(code))
            return code;
        // A system under another name (ArcGIS writes ESRI codes, QGIS "USER" ones): read its definition as a .prj.
        return PrjFile.Recognise(r.IsDBNull(2) ? "" : r.GetString(2));
    }

    private static SourceData ReadTable(SqliteConnection c, FeatureTable table, int epsg)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT * FROM \"{table.Name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        using var r = cmd.ExecuteReader();
        var fields = Enumerable.Range(0, r.FieldCount).Select(r.GetName).ToList();
        var geometryOrdinal = fields.FindIndex(f => f.Equals(table.GeometryColumn, StringComparison.OrdinalIgnoreCase));
        var reader = new GeoPackageGeoReader { HandleSRID = true };
        var features = new List<SourceFeature>();
        var number = 0;
        while (r.Read())
        {
            number++;
            var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < r.FieldCount; i++)
            {
                if (i == geometryOrdinal || fields[i] == "fid")
                    continue;
                attributes[fields[i]] = r.IsDBNull(i)
                    ? null
                    : r.GetValue(i) switch
                    {
                        string s => s.Normalize(NormalizationForm.FormC),
                        var v => v,
                    };
            }
            Geometry? geometry = null;
            SourceProblem? problem = null;
            if (geometryOrdinal >= 0 && !r.IsDBNull(geometryOrdinal))
            {
                try
                {
                    var g = reader.Read(r.GetFieldValue<byte[]>(geometryOrdinal));
                    geometry = g is null || g.IsEmpty ? null : SourceCrs.ToWgs84(g, epsg);
                }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException or ParseException or IndexOutOfRangeException)
                {
                    problem = new SourceProblem(
                        null,
                        "không đọc được hình học (dữ liệu hình học hỏng).",
                        $"the geometry cannot be read: {e.Message}"
                    );
                }
            }
            features.Add(new SourceFeature(number, attributes, geometry) { GeometryProblem = problem });
        }
        return new SourceData("GeoPackage", [.. fields.Where((f, i) => i != geometryOrdinal && f != "fid")], features)
        {
            Notes =
            [
                (
                    $"lớp nguồn: {table.Name}; hệ tọa độ: {SourceCrs.Describe(epsg)}",
                    $"source layer: {table.Name}; coordinate system: {SourceCrs.Describe(epsg)}"
                ),
            ],
        };
    }
}
