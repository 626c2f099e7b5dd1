using System.Text;
using System.Text.Json;
using TelecomGis.Storage.Bundle;
using TelecomGis.Storage.Import;

namespace TelecomGis.Storage.Tests.Import;

/// <summary>Shapefiles as GDAL's ogr2ogr writes them (the writer departments' tools share), in VN-2000 TM-3.</summary>
public sealed class ShapefileImportTests
{
    /// <summary>
    /// The round trip that failed before: the committed zones exported to a Shapefile (field names cut to 10 characters,
    /// coordinates in VN-2000 107°45', rings turned clockwise) and imported back give the same layer.
    /// </summary>
    [Fact]
    public void Zones_ExportedToShapefileAndImported_ComeBackTheSame()
    {
        var bundle = ImportFixtures.BundleCopy();
        var shp = Path.Combine(TestPaths.NewTempDir(), "vung_quy_hoach.shp");
        ImportFixtures.Ogr2Ogr(
            "-f",
            "ESRI Shapefile",
            "-nlt",
            "MULTIPOLYGON",
            "-t_srs",
            "EPSG:5899",
            "-lco",
            "ENCODING=UTF-8",
            shp,
            Path.Combine(bundle, BundleFiles.Zones)
        );

        var source = ImportSource.Read(shp, null, SourceEncoding.Auto, null, ImportLayers.Zones);
        Assert.Contains("allowed_cl", source.Fields);
        Assert.Contains("requires_c", source.Fields);
        var outcome = LayerImporter.Convert(source, ImportLayers.Zones, FieldMapping.Empty);
        Assert.Empty(outcome.Rejections);
        Assert.Equal("requires_p", outcome.FieldSources["requires_planned_position"]);
        var before = File.ReadAllBytes(Path.Combine(bundle, BundleFiles.Zones));
        BundleLayerImport.Apply(bundle, outcome);

        var original = Features(before);
        var imported = Features(File.ReadAllBytes(Path.Combine(bundle, BundleFiles.Zones)));
        Assert.Equal(original.Keys.Order(), imported.Keys.Order());
        foreach (var (id, (properties, coordinates)) in original)
        {
            Assert.Equal(properties, imported[id].Properties);
            // 6 decimals (about 0.1 m) in the bundle; GDAL's forward and our inverse agree far inside that.
            Assert.Equal(coordinates.Order(), imported[id].Coordinates.Order());
        }
    }

    /// <summary>
    /// A Shapefile as provincial archives hold them: the .dbf typed in TCVN3 (ABC fonts) or VNI with no .cpg, and the .prj ArcGIS
    /// writes for VN-2000, without TOWGS84. The names come back as Unicode NFC and the points where they were.
    /// </summary>
    [Theory]
    [InlineData("tcvn3")]
    [InlineData("vni")]
    public void LegacyDbfAndPrjWithoutTowgs84_ReadAsVietnameseAtTheRightPlace(string legacy)
    {
        Func<string, byte[]> encode = legacy == "vni" ? VniEncoding.Encode : Tcvn3Encoding.Encode;
        string Latin1(string text) => Encoding.Latin1.GetString(encode(text));
        var dir = TestPaths.NewTempDir();
        (double Lon, double Lat, string Name, string Kind)[] places =
        [
            (107.9776, 21.5263, "Trường tiểu học Hải Hòa", "Trường học"),
            (107.0740, 20.9540, "Bệnh viện Đa khoa tỉnh Quảng Ninh", "Bệnh viện"),
            (106.5880, 21.0800, "Trường mầm non Đông Triều", "Mầm non"),
        ];
        // The text is written as TCVN3 (or VNI) bytes: each byte as the Latin-1 letter of that code, stored by GDAL as Latin-1.
        var geojson = Path.Combine(dir, "src.geojson");
        File.WriteAllText(
            geojson,
            ImportFixtures.PointsGeoJson(
                places.Select(
                    (p, i) =>
                        (
                            p.Lon,
                            p.Lat,
                            JsonSerializer.Serialize(
                                new Dictionary<string, string>
                                {
                                    ["MA"] = $"SP-{i + 1}",
                                    ["TEN"] = Latin1(p.Name),
                                    ["LOAI"] = Latin1(p.Kind),
                                }
                            )
                        )
                )
            )
        );
        var shp = Path.Combine(dir, "diem_nhay_cam.shp");
        ImportFixtures.Ogr2Ogr("-f", "ESRI Shapefile", "-t_srs", "EPSG:5899", "-lco", "ENCODING=ISO-8859-1", shp, geojson);
        File.Delete(Path.ChangeExtension(shp, ".cpg"));
        var prj = Path.ChangeExtension(shp, ".prj");
        Assert.DoesNotContain("TOWGS84", File.ReadAllText(prj));
        var dbf = File.ReadAllBytes(Path.ChangeExtension(shp, ".dbf"));
        Assert.True(dbf.AsSpan().IndexOf(encode("Trường tiểu học Hải Hòa")) >= 0, "the .dbf holds the legacy bytes");

        var source = ImportSource.Read(shp, null, SourceEncoding.Auto, null, ImportLayers.SensitivePlaces);
        var mapping = FieldMapping.Parse("""{ "fields": { "id": "MA", "name": "TEN", "kind": "LOAI" } }""");
        var outcome = LayerImporter.Convert(source, ImportLayers.SensitivePlaces, mapping);

        Assert.Contains(source.Notes, n => n.Vi.Contains(legacy == "vni" ? "VNI" : "TCVN3 (ABC)", StringComparison.Ordinal));
        Assert.Contains(source.Notes, n => n.Vi.Contains("EPSG:5899", StringComparison.Ordinal));
        Assert.Empty(outcome.Rejections);
        for (var i = 0; i < places.Length; i++)
        {
            var f = outcome.Features[i];
            var name = (string)f.Properties.Single(p => p.Key == "name").Value!;
            Assert.Equal(places[i].Name, name);
            Assert.True(name.IsNormalized(NormalizationForm.FormC));
            var point = (NetTopologySuite.Geometries.Point)f.Geometry!;
            Assert.InRange(Math.Abs(point.X - places[i].Lon), 0, 1e-7);
            Assert.InRange(Math.Abs(point.Y - places[i].Lat), 0, 1e-7);
        }
        Assert.Equal(
            ["school", "hospital", "kindergarten"],
            outcome.Features.Select(f => (string)f.Properties.Single(p => p.Key == "kind").Value!)
        );
    }

    [Fact]
    public void WithoutPrj_AndWithoutSrs_IsRefused_AskingForSrs()
    {
        var dir = TestPaths.NewTempDir();
        var geojson = Path.Combine(dir, "src.geojson");
        File.WriteAllText(geojson, ImportFixtures.PointsGeoJson([(107.97826, 21.53008, """{"id":"P1"}""")]));
        var shp = Path.Combine(dir, "p.shp");
        ImportFixtures.Ogr2Ogr("-f", "ESRI Shapefile", "-t_srs", "EPSG:5899", shp, geojson);
        File.Delete(Path.ChangeExtension(shp, ".prj"));

        var e = Assert.Throws<ImportFileException>(() =>
            ImportSource.Read(shp, null, SourceEncoding.Auto, null, ImportLayers.PlannedPositions)
        );
        Assert.Contains("--srs", e.MessageVi);

        var withSrs = ImportSource.Read(shp, 5899, SourceEncoding.Auto, null, ImportLayers.PlannedPositions);
        var p = (NetTopologySuite.Geometries.Point)withSrs.Features[0].Geometry!;
        Assert.InRange(Math.Abs(p.X - 107.97826), 0, 1e-7);
    }

    private static Dictionary<string, (string Properties, List<string> Coordinates)> Features(byte[] geojson)
    {
        using var doc = JsonDocument.Parse(geojson);
        var result = new Dictionary<string, (string, List<string>)>();
        foreach (var f in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var p = f.GetProperty("properties");
            var coordinates = new List<string>();
            if (f.GetProperty("geometry").ValueKind == JsonValueKind.Object)
                Flatten(f.GetProperty("geometry").GetProperty("coordinates"), coordinates);
            result[p.GetProperty("id").GetString()!] = (p.GetRawText(), coordinates);
        }
        return result;
    }

    private static void Flatten(JsonElement e, List<string> into)
    {
        if (e[0].ValueKind == JsonValueKind.Number)
        {
            into.Add(e.GetRawText());
            return;
        }
        foreach (var c in e.EnumerateArray())
            Flatten(c, into);
    }
}
