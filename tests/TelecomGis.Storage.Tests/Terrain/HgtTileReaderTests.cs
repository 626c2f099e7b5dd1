using System.Buffers.Binary;
using TelecomGis.Storage.Terrain;

namespace TelecomGis.Storage.Tests.Terrain;

public sealed class HgtTileReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hgt-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A synthetic 3-arc-second tile: z = row + 2·column (up to 3600 m, so both bytes matter), one void.</summary>
    internal static string WriteTile(string dir, string name, int side = 1201, Func<int, int, short>? value = null)
    {
        value ??= (r, c) => (short)(r + 2 * c);
        var bytes = new byte[side * side * 2];
        for (var r = 0; r < side; r++)
        for (var c = 0; c < side; c++)
            BinaryPrimitives.WriteInt16BigEndian(bytes.AsSpan(2 * (r * side + c)), value(r, c));
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [InlineData("N21E107.hgt", 21, 107)]
    [InlineData("s03w060.HGT", -3, -60)]
    public void SouthWestCorner_ComesFromTheName(string name, int lat, int lon) =>
        Assert.Equal((lat, lon), HgtTileReader.SouthWestCorner(name));

    [Theory]
    [InlineData(107.4, 21.9, "N21E107.hgt")]
    [InlineData(-59.5, -2.5, "S03W060.hgt")]
    public void TileNameFor_IsTheCellHoldingThePoint(double lon, double lat, string expected) =>
        Assert.Equal(expected, HgtTileReader.TileNameFor(lon, lat));

    [Fact]
    public void Read_ThreeArcSecondTile_RowsRunSouthFromTheNorthEdge_BigEndian()
    {
        var path = WriteTile(_dir, "N21E107.hgt", value: (r, c) => r == 600 && c == 600 ? HgtTileReader.Void : (short)(r + 2 * c));
        var grid = HgtTileReader.Read(path);

        Assert.Equal(1201, grid.Rows);
        Assert.Equal(0, grid.ElevationAt(107, 22)); // north-west sample
        Assert.Equal(1200, grid.ElevationAt(107, 21)); // south-west: row 1200
        Assert.Equal(2400, grid.ElevationAt(108, 22)); // north-east: column 1200
        Assert.Equal(3600, grid.ElevationAt(108, 21));
        Assert.Equal(3 + 2 * 5, grid.ElevationAt(107 + 5 / 1200.0, 22 - 3 / 1200.0), 1e-6); // row 3, column 5
        Assert.True(double.IsNaN(grid.ElevationAt(107.5, 21.5))); // the void at row 600, column 600
    }

    [Fact]
    public void Read_OneArcSecondTile_HasTheFinerSpacing()
    {
        var path = WriteTile(_dir, "N20E106.hgt", side: 3601, value: (r, c) => (short)(c % 1000));
        var grid = HgtTileReader.Read(path);
        Assert.Equal(3601, grid.Columns);
        Assert.Equal(1.0 / 3600, grid.SpacingLonDeg, 1e-15);
        Assert.Equal(7, grid.ElevationAt(106 + 7 / 3600.0, 20.5), 1e-6);
    }

    [Fact]
    public void Read_RefusesAFileThatIsNotASquareOfSamples()
    {
        var path = Path.Combine(_dir, "N21E107.hgt");
        File.WriteAllBytes(path, new byte[1001]);
        Assert.Throws<InvalidDataException>(() => HgtTileReader.Read(path));
    }
}
