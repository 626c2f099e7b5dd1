using NetTopologySuite.Geometries;
using TelecomGis.Core.Coverage.Propagation.Itm;
using TelecomGis.Core.Spatial;
using TelecomGis.Core.Terrain;

namespace TelecomGis.Core.Tests.Terrain;

public class TerrainProfilerTests
{
    /// <summary>A plane tilted east: z = 1000 m per degree of longitude east of 107°E, over 107–108°E, 21–22°N at 0.01°.</summary>
    private static ElevationGrid EastwardSlope()
    {
        const int n = 101;
        var z = new float[n * n];
        for (var r = 0; r < n; r++)
        for (var c = 0; c < n; c++)
            z[r * n + c] = 10f * c;
        return new ElevationGrid(107, 22, 0.01, 0.01, n, n, z);
    }

    [Fact]
    public void Extract_AlongAParallel_SamplesEvenlyFromStartToEnd()
    {
        var profile = TerrainProfiler.Extract(EastwardSlope(), 107.1, 21.5, 107.2, 21.5, 100);
        // 0.1° of longitude at 21.5°N on the mean sphere: 0.1·π/180·6 371 008.8·cos 21.5° = 10 346 m (Δlat of the great circle's sag is negligible).
        Assert.Equal(10_346, profile.LengthM, 0);
        Assert.Equal(104, profile.ElevationsM.Length - 1); // ⌈10 346 / 100⌉ intervals
        Assert.True(profile.SpacingM <= 100);
        Assert.Equal(100, profile.ElevationsM[0], 1e-6);
        Assert.Equal(200, profile.ElevationsM[^1], 1e-6);
        Assert.Equal(150, profile.ElevationsM[52], 0.01); // halfway
        Assert.False(profile.HasMissingTerrain);
    }

    [Fact]
    public void Extract_ReportsSamplesBeyondTheTerrain_AsMissing_AndItmRefusesThem()
    {
        // From 107.9°E to 108.1°E: the eastern half has no terrain.
        var profile = TerrainProfiler.Extract(EastwardSlope(), 107.9, 21.5, 108.1, 21.5, 200);
        Assert.True(profile.HasMissingTerrain);
        Assert.InRange(profile.MissingSamples, profile.ElevationsM.Length / 2 - 2, profile.ElevationsM.Length / 2 + 2);
        Assert.True(double.IsNaN(profile.ElevationsM[^1]));

        var radio = new ItmRadioSettings(900);
        var result = IrregularTerrainModel.PointToPoint(profile, 30, 1.5, radio, ItmPercentages.Median);
        Assert.Equal(ItmError.MissingTerrain, result.Error);
    }

    [Fact]
    public void Extract_InTheTm3Plane_FollowsTheStraightLine()
    {
        var frame = new MetricFrame(5899);
        var from = frame.ToMetric(107.3, 21.3);
        var to = new Coordinate(from.X + 3000, from.Y);
        var profile = TerrainProfiler.Extract(EastwardSlope(), frame, from, to, 30);
        Assert.Equal(100, profile.ElevationsM.Length - 1);
        Assert.Equal(30, profile.SpacingM, 1e-9);
        var (lonEnd, _) = frame.ToWgs84(to);
        Assert.Equal((lonEnd - 107) * 1000, profile.ElevationsM[^1], 1e-3);
        Assert.Equal(300, profile.ElevationsM[0], 1e-3);
    }

    [Fact]
    public void Destination_ThenDistance_RoundTrips()
    {
        var (lon, lat) = TerrainProfiler.Destination(107.5, 21.2, 37, 10_000);
        Assert.Equal(10_000, TerrainProfiler.GreatCircleDistanceM(107.5, 21.2, lon, lat), 1e-6);
    }
}
