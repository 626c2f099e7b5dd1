using System.Text.Json;
using TelecomGis.Storage.Import;

namespace TelecomGis.Storage.Tests.Import;

/// <summary>
/// Every layer a Shapefile can hold, exported from the committed bundle by ogr2ogr into VN-2000 107°45' (field names cut to 10
/// characters, dates as dBASE dates, booleans as numbers) and imported back with no mapping: the same features, properties
/// and coordinates. This is the round trip that failed before the import existed.
/// </summary>
public sealed class ShapefileRoundTripTests
{
    public static TheoryData<string, string> Layers =>
        new()
        {
            { "province", "MULTIPOLYGON" },
            { "communes", "MULTIPOLYGON" },
            { "zones", "MULTIPOLYGON" },
            { "planned-positions", "POINT" },
            { "restricted-areas", "MULTIPOLYGON" },
            { "airports", "POINT" },
            { "runways", "LINESTRING" },
            { "fiber-routes", "LINESTRING" },
            { "undergrounding-zones", "MULTIPOLYGON" },
            { "post-offices", "POINT" },
        };

    [Theory]
    [MemberData(nameof(Layers))]
    public void ALayerExportedToShapefile_ImportsBackUnchanged(string name, string geometryType)
    {
        var layer = ImportLayers.Find(name)!;
        var bundle = ImportFixtures.BundleCopy();
        var shp = Path.Combine(TestPaths.NewTempDir(), $"{name}.shp");
        ImportFixtures.Ogr2Ogr(
            "-f",
            "ESRI Shapefile",
            "-nlt",
            geometryType,
            "-t_srs",
            "EPSG:5899",
            "-lco",
            "ENCODING=UTF-8",
            shp,
            Path.Combine(bundle, layer.File)
        );
        var before = File.ReadAllBytes(Path.Combine(bundle, layer.File));

        var outcome = LayerImporter.Convert(ImportSource.Read(shp, null, SourceEncoding.Auto, null, layer), layer, FieldMapping.Empty);
        Assert.Empty(outcome.Rejections);
        BundleLayerImport.Apply(bundle, outcome);

        var original = Features(before, layer.Key);
        var imported = Features(File.ReadAllBytes(Path.Combine(bundle, layer.File)), layer.Key);
        Assert.Equal(original.Keys.Order(), imported.Keys.Order());
        foreach (var (key, (properties, coordinates)) in original)
        {
            Assert.Equal(properties, imported[key].Properties);
            Assert.Equal(coordinates.Order(), imported[key].Coordinates.Order());
        }
    }

    /// <summary>Each feature's properties (an empty text read as null: a .dbf cannot tell them apart) and sorted coordinates.</summary>
    private static Dictionary<string, (string Properties, List<string> Coordinates)> Features(byte[] geojson, string key)
    {
        using var doc = JsonDocument.Parse(geojson);
        var result = new Dictionary<string, (string, List<string>)>();
        foreach (var f in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var p = f.GetProperty("properties");
            var properties = string.Join(
                ",",
                p.EnumerateObject()
                    .Select(x =>
                        $"{x.Name}={(x.Value.ValueKind == JsonValueKind.String && x.Value.GetString() == "" ? "null" : x.Value.GetRawText())}"
                    )
            );
            var coordinates = new List<string>();
            if (f.GetProperty("geometry").ValueKind == JsonValueKind.Object)
                Flatten(f.GetProperty("geometry").GetProperty("coordinates"), coordinates);
            result[p.GetProperty(key).ToString()] = (properties, coordinates);
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
