using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;
using BitMiracle.LibTiff.Classic;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Coverage.Propagation;
using TelecomGis.Core.Coverage.Propagation.Itm;
using TelecomGis.Core.Coverage.WithTerrain;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Spatial;
using TelecomGis.Core.Terrain;
using TelecomGis.Storage.Terrain;

namespace TelecomGis.Cli.Tests;

/// <summary>
/// <c>coverage --model itm --dem DIR</c> and <c>resilience --model itm</c> as a user runs them: the bundled plan with its sites
/// replaced by two, and a generated SRTM tile N21E107.hgt (3″) holding a 300 m east–west ridge 3 km north of the first site.
/// The second site stands south of 21° N, where the folder has no tile.
/// </summary>
public class ItmCoverageCommandTests
{
    private const double ResolutionM = 500,
        EirpDbm = 60,
        MastM = 30,
        RxM = 1.5,
        FrequencyMhz = 900;
    private static readonly MetricFrame Frame = new(5899);

    /// <summary>The first site on a cell centre of the 500 m grid (the grid's edges are whole multiples of the resolution).</summary>
    private static readonly Coordinate OnTile = CellCentreNear(107.30, 21.06);

    private static Coordinate CellCentreNear(double lon, double lat)
    {
        var m = Frame.ToMetric(lon, lat);
        return new Coordinate(
            Math.Floor(m.X / ResolutionM) * ResolutionM + ResolutionM / 2,
            Math.Floor(m.Y / ResolutionM) * ResolutionM + ResolutionM / 2
        );
    }

    private static double RidgeLat => Frame.ToWgs84(new Coordinate(OnTile.X, OnTile.Y + 3000)).LatDeg;

    /// <summary>A plan folder: the bundle's files, with sites.geojson replaced by T-1 (on the tile) and T-2 (at 20.95° N, off it).</summary>
    private static string Plan()
    {
        var dir = CliRunner.NewTempDir();
        foreach (var file in Directory.GetFiles(CliRunner.QuangNinh))
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        var (lon1, lat1) = Frame.ToWgs84(OnTile);
        File.WriteAllText(
            Path.Combine(dir, "sites.geojson"),
            string.Create(
                CultureInfo.InvariantCulture,
                $$"""
                {"type":"FeatureCollection","features":[
                {{Site("T-1", lon1, lat1)}},
                {{Site("T-2", 107.20, 20.95)}}]}
                """
            )
        );
        return dir;
    }

    private static string Site(string id, double lon, double lat) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $$$"""{"type":"Feature","properties":{"id":"{{{id}}}","carrier":"Viettel","code":"{{{id}}}","pole_class":"A2b","height_m":{{{MastM}}},"camouflaged":false,"shared_with":"","sectors":[{"azimuth_deg":0,"frequency_mhz":{{{FrequencyMhz}}},"eirp_dbm":{{{EirpDbm}}},"technology":"4G","antenna_height_m":{{{MastM}}}}]},"geometry":{"type":"Point","coordinates":[{{{lon:R}}},{{{lat:R}}}]}}"""
        );

    /// <summary>N21E107.hgt at 3″ (1201²): 20 m plains with low hills and the ridge, big-endian 16-bit as SRTM writes it.</summary>
    private static string Dem()
    {
        var dir = CliRunner.NewTempDir();
        const int n = 1201;
        var bytes = new byte[n * n * 2];
        var ridge = RidgeLat;
        for (var r = 0; r < n; r++)
        {
            var lat = 22 - r / (double)(n - 1);
            var height = 20 + 300 * Math.Exp(-Math.Pow((lat - ridge) / 0.0025, 2));
            for (var c = 0; c < n; c++)
            {
                // Low hills across the radials (1 km apart, 30 m high), so that a sample off the radial reads another height.
                var z = (short)Math.Round(height + 15 * (1 + Math.Sin((107 + c / (double)(n - 1)) * 2 * Math.PI / 0.01)));
                BinaryPrimitives.WriteInt16BigEndian(bytes.AsSpan(2 * (r * n + c)), z);
            }
        }
        File.WriteAllBytes(Path.Combine(dir, "N21E107.hgt"), bytes);
        return dir;
    }

    private static readonly string[] RadioOptions =
    [
        "--resolution",
        "500",
        "--max-radius-km",
        "5",
        "--beamwidth",
        "360",
        "--vertical-beamwidth",
        "180",
        "--tilt",
        "0",
        "--date",
        "2026-01-01",
    ];

    [Fact]
    public void CoverageWithItm_OnAGeneratedTile_GivesCellsOnARadialTheItmLossOfTheirProfile_AndSaysWhereItFellBack()
    {
        var (plan, dem, dir) = (Plan(), Dem(), CliRunner.NewTempDir());
        var r = CliRunner.Run(null, ["coverage", "--plan", plan, "--model", "itm", "--dem", dem, "--out", dir, .. RadioOptions]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        foreach (var f in new[] { "coverage.tif", "best-server.tif", "servers.csv", "communes.csv", "gaps.geojson", "itm-report.json" })
            Assert.True(File.Exists(Path.Combine(dir, f)), f);

        // The fallback, on stderr in Vietnamese (the default; English with --lang en) and in the report.
        Assert.DoesNotContain("1 of 2 sites have no terrain (DEM) at the mast", r.Stderr);
        Assert.Contains("1 trên 2 trạm không có dữ liệu địa hình (DEM) tại vị trí trạm", r.Stderr);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "itm-report.json")));
        var fallback = report.RootElement.GetProperty("fallback");
        Assert.Equal(1, fallback.GetProperty("sites_without_terrain_at_mast").GetInt32());
        var site = Assert.Single(fallback.GetProperty("sites_that_fell_back").EnumerateArray());
        Assert.Equal(("T-2", "no_terrain_at_site"), (site.GetProperty("site_id").GetString(), site.GetProperty("reason").GetString()));
        Assert.Equal(3, report.RootElement.GetProperty("settings").GetProperty("climate_code").GetInt32());
        // servers.csv in Vietnamese too: the model's designation with its qualifiers in Vietnamese.
        var servers = File.ReadAllText(Path.Combine(dir, "servers.csv"));
        Assert.Contains("ITM 1.2.2 theo địa hình (nơi không có dữ liệu địa hình: ", servers);
        Assert.DoesNotContain("over terrain", servers);

        // Cells due north of T-1 lie on its first radial: each level is EIRP − the ITM's loss on the profile from the mast
        // (extracted from the same tile as TerrainProfiler does) − the pattern, to 10⁻⁴ dB. In front of, on and behind the ridge.
        var spacing = report.RootElement.GetProperty("radials").GetProperty("profile_spacing_m").GetDouble();
        var terrain = new DemFolder(dem);
        var settings = ItmCoverageSettings.Vietnam;
        var (levels, west, north, columns) = ReadFirstBand(Path.Combine(dir, "coverage.tif"));
        var pattern = new AntennaPattern(360, 180, 0);
        var vertical = new RadialProfile(
            new CoverageServer(
                "T-1",
                0,
                "Viettel",
                Technology.G4,
                0,
                0,
                0,
                FrequencyMhz,
                EirpDbm,
                MastM,
                PropagationEnvironment.Open,
                PathLossModels.For(FrequencyMhz, PropagationEnvironment.Open)
            ),
            pattern,
            RxM,
            5000
        );
        var (lon, lat) = Frame.ToWgs84(OnTile);
        var convergence =
            Math.Atan2(
                Frame.ToMetric(lon, lat + 0.001).X - Frame.ToMetric(lon, lat).X,
                Frame.ToMetric(lon, lat + 0.001).Y - Frame.ToMetric(lon, lat).Y
            )
            * 180
            / Math.PI;
        var column = (int)((OnTile.X - west) / ResolutionM);
        var siteRow = (int)((north - OnTile.Y) / ResolutionM);
        var shadowed = 0;
        for (var steps = 1; steps <= 10; steps++)
        {
            var cell = new Coordinate(OnTile.X, OnTile.Y + steps * ResolutionM);
            var profile = TerrainProfiler.Extract(terrain, Frame, OnTile, cell, spacing);
            var itm = IrregularTerrainModel.PointToPoint(profile, MastM, RxM, settings.RadioFor(FrequencyMhz), settings.Quantiles);
            vertical.Sample(steps * ResolutionM, out _, out var verticalDb, out _);
            var expected = (float)(
                EirpDbm - itm.LossDb - Math.Min(pattern.HorizontalDb(-convergence) + verticalDb, AntennaPattern.MaxAttenuationDb)
            );
            var actual = levels[(siteRow - steps) * columns + column];
            Assert.True(
                Math.Abs(expected - actual) < 1e-4,
                $"{steps * ResolutionM} m north: {actual} dBm in coverage.tif, {expected} dBm from the profile"
            );
            if (steps >= 7 && itm.LossDb - itm.FreeSpaceLossDb > 20)
                shadowed++;
        }
        Assert.True(shadowed == 4, "the cells behind the ridge (3.5–5 km) lose over 20 dB more than free space");
    }

    [Fact]
    public void ResilienceWithItm_ComputesBothRunsOverTerrain_AndWritesTheReport()
    {
        var (plan, dem, dir) = (Plan(), Dem(), CliRunner.NewTempDir());
        var r = CliRunner.Run(
            null,
            [
                "resilience",
                "--lang",
                "en",
                "--plan",
                plan,
                "--failed-sites",
                "T-1",
                "--model",
                "itm",
                "--dem",
                dem,
                "--out",
                dir,
                .. RadioOptions,
            ]
        );
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.True(File.Exists(Path.Combine(dir, "itm-report.json")));
        Assert.Contains("Coverage before (ITM over terrain)", r.Stderr.Replace("\r", ""), StringComparison.Ordinal);
        Assert.Contains("1 of 2 sites have no terrain (DEM) at the mast", r.Stderr);
        Assert.NotEmpty(File.ReadAllLines(Path.Combine(dir, "resilience.csv")).Skip(1));
    }

    [Fact]
    public void ModelEmpirical_IsTheDefault_AndWritesTheSameBytesAsWithoutTheOption()
    {
        var (plain, explicitly) = (CliRunner.NewTempDir(), CliRunner.NewTempDir());
        string[] args = ["coverage", "--plan", CliRunner.QuangNinh, "--resolution", "3000", "--date", "2026-01-01"];
        var a = CliRunner.Run(null, [.. args, "--out", plain]);
        var b = CliRunner.Run(null, [.. args, "--model", "empirical", "--out", explicitly]);
        Assert.True(a.ExitCode == 0 && b.ExitCode == 0, a.Stderr + b.Stderr);
        foreach (var f in new[] { "coverage.tif", "best-server.tif", "servers.csv", "communes.csv", "gaps.geojson" })
            Assert.True(
                File.ReadAllBytes(Path.Combine(plain, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(explicitly, f))),
                f
            );
        Assert.False(File.Exists(Path.Combine(plain, "itm-report.json")));
        Assert.DoesNotContain("ITM", a.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--model", "itm" }, "--model itm needs --dem DIR")]
    [InlineData(new[] { "--dem", "/tmp" }, "--dem is used only with --model itm")]
    [InlineData(new[] { "--model", "itm", "--dem", "/nonexistent/dem" }, "--dem: folder '/nonexistent/dem' does not exist")]
    public void CoverageModelOptions_BadCombinationsGiveOneClearMessageAndExit1(string[] options, string message)
    {
        var r = CliRunner.Run(
            null,
            ["coverage", "--lang", "en", "--plan", CliRunner.QuangNinh, "--out", CliRunner.NewTempDir(), .. options]
        );
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(message, r.Stderr);
        Assert.Single(r.Stderr.Trim().Split('\n'));
    }

    /// <summary>
    /// The first band of a coverage GeoTIFF (a tiled, DEFLATE-compressed COG, one plane per band) with its grid's corner, read with
    /// LibTiff.NET, a reader independent of our writer.
    /// </summary>
    private static (float[] Levels, double WestM, double NorthM, int Columns) ReadFirstBand(string path)
    {
        using var tiff = Tiff.Open(path, "r") ?? throw new InvalidOperationException($"LibTiff cannot open {path}");
        var columns = tiff.GetField(TiffTag.IMAGEWIDTH)[0].ToInt();
        var rows = tiff.GetField(TiffTag.IMAGELENGTH)[0].ToInt();
        var tileWidth = tiff.GetField(TiffTag.TILEWIDTH)[0].ToInt();
        var tileLength = tiff.GetField(TiffTag.TILELENGTH)[0].ToInt();
        var tiepoint = tiff.GetField((TiffTag)33922)[1].ToDoubleArray();
        var levels = new float[columns * rows];
        var buffer = new byte[tiff.TileSize()];
        for (var y0 = 0; y0 < rows; y0 += tileLength)
        {
            for (var x0 = 0; x0 < columns; x0 += tileWidth)
            {
                tiff.ReadTile(buffer, 0, x0, y0, 0, 0);
                for (var r = 0; r < tileLength && y0 + r < rows; r++)
                {
                    for (var c = 0; c < tileWidth && x0 + c < columns; c++)
                        levels[(y0 + r) * columns + x0 + c] = BinaryPrimitives.ReadSingleLittleEndian(
                            buffer.AsSpan(4 * (r * tileWidth + c))
                        );
                }
            }
        }
        return (levels, tiepoint[3], tiepoint[4], columns);
    }
}
