using TelecomGis.Core.Terrain;
using TelecomGis.Storage.Terrain;

namespace TelecomGis.Storage.Tests.Terrain;

public sealed class DemFolderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dem-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Folder_ServesGeoTiffFirst_ThenSrtm_AndNaNWhereNeither()
    {
        HgtTileReaderTests.WriteTile(_dir, "N21E107.hgt", value: (_, _) => 50);
        HgtTileReaderTests.WriteTile(_dir, "N20E107.hgt", value: (_, _) => 20);
        var scratch = Directory.CreateTempSubdirectory("asc-").FullName;
        try
        {
            var tif = GeoTiffElevationReaderTests.GdalTranslate(
                scratch,
                GeoTiffElevationReaderTests.WriteAsciiGrid(scratch),
                "local.tif",
                "-a_srs",
                "EPSG:4326"
            );
            File.Copy(tif, Path.Combine(_dir, "local.tif"));
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }

        var dem = new DemFolder(_dir);
        Assert.Equal((2, 1), dem.Counts);
        Assert.Equal(GeoTiffElevationReaderTests.Value(12, 3), dem.ElevationAt(107.2005 + 0.003, 21.0295 - 0.012), 1e-3); // inside the GeoTIFF
        Assert.Equal(50, dem.ElevationAt(107.8, 21.5)); // SRTM N21E107
        Assert.Equal(20, dem.ElevationAt(107.8, 20.5)); // SRTM N20E107
        Assert.Equal(50, dem.ElevationAt(107.5, 22.0)); // the north edge of N21E107, with no N22E107 tile
        Assert.True(double.IsNaN(dem.ElevationAt(105.5, 21.5))); // no tile: missing, not sea level
        Assert.Null(dem.KnownElevationAt(105.5, 21.5));
    }

    [Fact]
    public void Folder_MustExist() => Assert.Throws<DirectoryNotFoundException>(() => new DemFolder(Path.Combine(_dir, "nope")));
}
