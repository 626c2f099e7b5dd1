using System.Text.Json;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Coverage.Propagation;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Spatial;
using TelecomGis.Storage.Coverage;

namespace TelecomGis.Storage.Tests.Coverage;

/// <summary>
/// The coverage GeoTIFF as GDAL, an outside reader, sees it: Quảng Ninh at 2 km (a coarse grid keeps the test quick), read back
/// with gdalinfo -json -stats: size, georeferencing in EPSG:5899, band descriptions, nodata, and each band's extremes against ours.
/// </summary>
[Collection(CommittedBundleGroup.Name)]
public sealed class CoverageGeoTiffTests(CommittedBundleFixture bundle) : IDisposable
{
    private readonly string _dir = TestPaths.NewTempDir();

    private CoverageResult Run()
    {
        var parameters = new CoverageParameters { ResolutionM = 2000, CommunesOn = new DateOnly(2025, 7, 1) };
        var inputs = CoverageInputs.FromPlan(bundle.Plan, parameters, PathLossModels.For);
        return CoverageComputation.Run(inputs, parameters);
    }

    [Fact]
    public async Task GdalInfo_ReadsTheGridInTheProvincesTm3WithOneDescribedBandPerLayer()
    {
        var result = Run();
        var path = Path.Combine(_dir, "coverage.tif");
        using (var file = File.Create(path))
            CoverageRaster.WriteLevels(file, result);

        var (exit, output, errors) = await ExternalTool.RunAsync("gdalinfo", "-json", "-stats", path);
        Assert.True(exit == 0, $"gdalinfo exited with {exit}: {errors}");
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("GTiff", root.GetProperty("driverShortName").GetString());
        Assert.Equal([result.Grid.Columns, result.Grid.Rows], root.GetProperty("size").EnumerateArray().Select(e => e.GetInt32()));

        var wkt = root.GetProperty("coordinateSystem").GetProperty("wkt").GetString()!;
        Assert.Contains("VN-2000 / TM-3 107-45", wkt);
        Assert.Contains("ID[\"EPSG\",5899]", wkt);
        var gt = root.GetProperty("geoTransform").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal([result.Grid.WestM, 2000, 0, result.Grid.NorthM, 0, -2000], gt);

        var bands = root.GetProperty("bands").EnumerateArray().ToList();
        Assert.Equal(result.Layers.Count, bands.Count);
        for (var i = 0; i < bands.Count; i++)
        {
            var layer = result.Layers[i];
            Assert.Equal($"{layer.Label}: best-server level, dBm", bands[i].GetProperty("description").GetString());
            Assert.Equal("Float32", bands[i].GetProperty("type").GetString());
            Assert.Equal(-9999, bands[i].GetProperty("noDataValue").GetDouble());
            var finite = layer.LevelDbm.Where(float.IsFinite).ToList();
            Assert.Equal(finite.Min(), bands[i].GetProperty("minimum").GetDouble(), 0.001);
            Assert.Equal(finite.Max(), bands[i].GetProperty("maximum").GetDouble(), 0.001);
        }
        Assert.Equal(
            "4G all carriers: best-server level, dBm",
            bands[result.Layers.ToList().FindIndex(l => l.Technology == Technology.G4 && l.Carrier is null)]
                .GetProperty("description")
                .GetString()
        );
    }

    [Fact]
    public async Task GdalLocationInfo_ReadsTheBestServerOfACellAtItsTm3Coordinates()
    {
        var result = Run();
        var path = Path.Combine(_dir, "best-server.tif");
        using (var file = File.Create(path))
            CoverageRaster.WriteServers(file, result);
        var layer = result.Layers[0];
        var cell = Array.FindIndex(layer.Server, s => s >= 0);
        var (column, row) = (cell % result.Grid.Columns, cell / result.Grid.Columns);
        var (exit, output, errors) = await ExternalTool.RunAsync(
            "gdallocationinfo",
            "-valonly",
            "-b",
            "1",
            "-geoloc",
            path,
            result.Grid.CentreX(column).ToString(System.Globalization.CultureInfo.InvariantCulture),
            result.Grid.CentreY(row).ToString(System.Globalization.CultureInfo.InvariantCulture)
        );
        Assert.True(exit == 0, $"gdallocationinfo exited with {exit}: {errors}");
        Assert.Equal(layer.Server[cell].ToString(System.Globalization.CultureInfo.InvariantCulture), output.Trim());
    }

    [Fact]
    public void Gaps_AreWrittenAsGeoJsonInWgs84WithAreaAndPopulation()
    {
        var result = Run();
        var frame = new MetricFrame(5899);
        var gaps = CoverageGaps.Find(result, result.Layer(Technology.G5, null)!, frame.Factory);
        Assert.NotEmpty(gaps);
        using var stream = new MemoryStream();
        CoverageGapsGeoJson.Write(stream, gaps, frame);
        using var doc = JsonDocument.Parse(stream.ToArray());
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(gaps.Count, features.Count);
        var first = features[0];
        Assert.Equal(gaps[0].Id, first.GetProperty("id").GetString());
        Assert.Equal(gaps[0].AreaKm2, first.GetProperty("properties").GetProperty("area_km2").GetDouble(), 1e-3);
        var lon = first.GetProperty("geometry").GetProperty("coordinates")[0][0][0].GetDouble();
        Assert.InRange(lon, 106, 109); // lon/lat, not TM-3 metres
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
