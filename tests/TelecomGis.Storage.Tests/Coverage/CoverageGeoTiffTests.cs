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

    /// <summary>
    /// Issue 14: at 500 m the grid (344 × 210) spans two tiles across and needs an overview, so tiling, padding, the predictors and
    /// the COG order are all exercised. GDAL's own validator must pass, and GDAL must read back every cell of every band exactly
    /// as computed (bit for bit, through an uncompressed ENVI copy).
    /// </summary>
    [Fact]
    public async Task BothRasters_AreCloudOptimizedGeoTiffsThatGdalReadsBackCellForCell()
    {
        var parameters = new CoverageParameters { ResolutionM = 500, CommunesOn = new DateOnly(2025, 7, 1) };
        var result = CoverageComputation.Run(CoverageInputs.FromPlan(bundle.Plan, parameters, PathLossModels.For), parameters);
        Assert.True(result.Grid.Columns > GeoTiffWriter.TileSize, "the grid should span more than one tile");
        var levels = Path.Combine(_dir, "coverage.tif");
        var servers = Path.Combine(_dir, "best-server.tif");
        using (var file = File.Create(levels))
            CoverageRaster.WriteLevels(file, result);
        using (var file = File.Create(servers))
            CoverageRaster.WriteServers(file, result);

        foreach (var path in new[] { levels, servers })
        {
            var (exit, output, errors) = await ExternalTool.RunAsync(
                "/usr/bin/python3",
                "-m",
                "osgeo_utils.samples.validate_cloud_optimized_geotiff",
                "--full-check=yes",
                path
            );
            Assert.True(exit == 0, $"the COG validator exited with {exit}: {output} {errors}");
            Assert.Contains("is a valid cloud optimized GeoTIFF", output, StringComparison.Ordinal);

            var (infoExit, info, infoErrors) = await ExternalTool.RunAsync("gdalinfo", "-json", path);
            Assert.True(infoExit == 0, infoErrors);
            using var doc = JsonDocument.Parse(info);
            var structure = doc.RootElement.GetProperty("metadata").GetProperty("IMAGE_STRUCTURE");
            Assert.Equal("COG", structure.GetProperty("LAYOUT").GetString());
            Assert.Equal("DEFLATE", structure.GetProperty("COMPRESSION").GetString());
            var band = doc.RootElement.GetProperty("bands")[0];
            Assert.Equal(
                [GeoTiffWriter.TileSize, GeoTiffWriter.TileSize],
                band.GetProperty("block").EnumerateArray().Select(e => e.GetInt32())
            );
            Assert.NotEmpty(band.GetProperty("overviews").EnumerateArray());
        }

        var expectedLevels = result.Layers.SelectMany(l => l.LevelDbm.Select(v => float.IsFinite(v) ? v : CoverageRaster.NoLevelDbm));
        Assert.Equal(Bytes(expectedLevels.ToArray()), await ReadBackAsync(levels));
        Assert.Equal(Bytes(result.Layers.SelectMany(l => l.Server).ToArray()), await ReadBackAsync(servers));
    }

    private static byte[] Bytes<T>(T[] samples)
        where T : unmanaged => System.Runtime.InteropServices.MemoryMarshal.AsBytes(samples.AsSpan()).ToArray();

    /// <summary>Every band, band after band, as GDAL decodes them (ENVI is raw samples, band-sequential, little-endian here).</summary>
    private async Task<byte[]> ReadBackAsync(string path)
    {
        var raw = Path.Combine(_dir, Path.GetFileNameWithoutExtension(path) + ".bin");
        var (exit, _, errors) = await ExternalTool.RunAsync("gdal_translate", "-q", "-of", "ENVI", path, raw);
        Assert.True(exit == 0, $"gdal_translate exited with {exit}: {errors}");
        return File.ReadAllBytes(raw);
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
