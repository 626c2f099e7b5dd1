using TelecomGis.Core.Terrain;

namespace TelecomGis.Core.Tests.Terrain;

public class ElevationGridTests
{
    // 3 × 3 samples, 0.5° apart, north-west sample at 107°E 22°N; z = 100·column + 10·row, with a void at row 2, column 2.
    private static ElevationGrid Grid()
    {
        var z = new float[9];
        for (var r = 0; r < 3; r++)
        for (var c = 0; c < 3; c++)
            z[r * 3 + c] = 100 * c + 10 * r;
        z[8] = float.NaN;
        return new ElevationGrid(107, 22, 0.5, 0.5, 3, 3, z);
    }

    [Theory]
    [InlineData(107.0, 22.0, 0.0)]
    [InlineData(107.5, 22.0, 100.0)]
    [InlineData(107.0, 21.5, 10.0)]
    [InlineData(107.25, 21.75, 55.0)] // centre of the first cell: mean of 0, 100, 10, 110
    [InlineData(107.5, 21.0, 120.0)] // the south edge, column 1
    public void ElevationAt_InterpolatesBilinearly(double lon, double lat, double expected) =>
        Assert.Equal(expected, Grid().ElevationAt(lon, lat), 1e-9);

    [Theory]
    [InlineData(107.75, 21.25)] // the cell that touches the void
    [InlineData(108.0, 21.0)] // the void itself
    [InlineData(106.9, 21.5)] // west of the grid
    [InlineData(107.5, 22.1)] // north of the grid
    public void ElevationAt_IsNaN_AtAVoidOrOutside_NeverSeaLevel(double lon, double lat) =>
        Assert.True(double.IsNaN(Grid().ElevationAt(lon, lat)));

    [Fact]
    public void KnownElevationAt_IsNull_WhereMissing()
    {
        Assert.Null(Grid().KnownElevationAt(110, 10));
        Assert.Equal(0, Grid().KnownElevationAt(107, 22));
    }

    [Fact]
    public void Mosaic_AsksTheNextLayer_WhereTheFirstHasNoData()
    {
        var coarse = new ElevationGrid(107, 22, 1, 1, 2, 2, [7, 7, 7, 7]);
        var mosaic = new TerrainMosaic([Grid(), coarse]);
        Assert.Equal(0, mosaic.ElevationAt(107, 22));
        Assert.Equal(7, mosaic.ElevationAt(107.9, 21.1)); // void in the fine grid, covered by the coarse one
        Assert.True(double.IsNaN(mosaic.ElevationAt(120, 22)));
    }
}
