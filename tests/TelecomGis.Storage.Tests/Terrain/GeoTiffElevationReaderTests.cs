using System.Globalization;
using TelecomGis.Storage.Terrain;

namespace TelecomGis.Storage.Tests.Terrain;

/// <summary>
/// GeoTIFFs written by an outside writer, GDAL's gdal_translate (gdal-bin), from an ESRI ASCII grid, and read back by our reader.
/// </summary>
public sealed class GeoTiffElevationReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("geotiff-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>
    /// A 40 × 30 grid of 0.001° cells whose lower-left corner is 107.2°E 21.0°N; z = 1000 + 10·row − column + 0.25, −9999 no data at
    /// row 5, column 7 (rows from the north).
    /// </summary>
    internal static string WriteAsciiGrid(string dir)
    {
        var lines = new List<string>
        {
            "ncols 40",
            "nrows 30",
            "xllcorner 107.2",
            "yllcorner 21.0",
            "cellsize 0.001",
            "NODATA_value -9999",
        };
        for (var r = 0; r < 30; r++)
            lines.Add(
                string.Join(
                    ' ',
                    Enumerable.Range(0, 40).Select(c => r == 5 && c == 7 ? "-9999" : Value(r, c).ToString(CultureInfo.InvariantCulture))
                )
            );
        var path = Path.Combine(dir, "grid.asc");
        File.WriteAllLines(path, lines);
        return path;
    }

    internal static double Value(int row, int column) => 1000 + 10 * row - column + 0.25;

    internal static string GdalTranslate(string dir, string input, string output, params string[] options)
    {
        var path = Path.Combine(dir, output);
        var (exit, _, errors) = ExternalTool.RunAsync("gdal_translate", [.. options, input, path]).GetAwaiter().GetResult();
        Assert.True(exit == 0, errors);
        return path;
    }

    public static TheoryData<string[]> Layouts() =>
        new()
        {
            (string[])["-ot", "Float32"],
            (string[])["-ot", "Int32", "-co", "COMPRESS=DEFLATE"],
            (string[])["-ot", "Float32", "-co", "TILED=YES", "-co", "BLOCKXSIZE=16", "-co", "BLOCKYSIZE=16", "-co", "COMPRESS=DEFLATE"],
            (string[])["-ot", "Float64", "-co", "COMPRESS=LZW"],
        };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Read_GdalWrittenGrid_PlacesSamplesAtCellCentres(string[] options)
    {
        var tif = GdalTranslate(_dir, WriteAsciiGrid(_dir), "dem.tif", ["-a_srs", "EPSG:4326", .. options]);
        var grid = GeoTiffElevationReader.Read(tif);
        var integer = options.Contains("Int32");

        Assert.Equal(40, grid.Columns);
        Assert.Equal(30, grid.Rows);
        // Cell (row 0, column 0) is centred half a cell in from the north-west corner 107.2°E, 21.03°N.
        Assert.Equal(107.2005, grid.WestLonDeg, 1e-9);
        Assert.Equal(21.0295, grid.NorthLatDeg, 1e-9);
        foreach (var (r, c) in new[] { (0, 0), (29, 39), (12, 3), (4, 30) })
        {
            var expected = integer ? Math.Round(Value(r, c) - 0.25) : Value(r, c);
            Assert.Equal(expected, grid.ElevationAt(107.2005 + 0.001 * c, 21.0295 - 0.001 * r), 1e-3);
        }

        Assert.True(float.IsNaN(grid[5, 7]), "GDAL's no-data value reads as a void");
        Assert.True(double.IsNaN(grid.ElevationAt(107.2005 + 0.007, 21.0295 - 0.005)));
    }

    [Fact]
    public void Read_RefusesAProjectedGeoTiff_SayingHowToReproject()
    {
        var tif = GdalTranslate(
            _dir,
            WriteAsciiGrid(_dir),
            "utm.tif",
            "-a_srs",
            "EPSG:32648",
            "-a_ullr",
            "700000",
            "2330000",
            "701200",
            "2329100"
        );
        var e = Assert.Throws<InvalidDataException>(() => GeoTiffElevationReader.Read(tif));
        Assert.Contains("gdalwarp -t_srs EPSG:4326", e.Message);
    }
}
