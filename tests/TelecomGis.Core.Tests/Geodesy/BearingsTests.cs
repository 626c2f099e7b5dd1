using TelecomGis.Core.Geodesy;

namespace TelecomGis.Core.Tests.Geodesy;

public class BearingsTests
{
    [Theory]
    [InlineData(107.0, 21.0, 107.0, 21.01, 0)]
    [InlineData(107.0, 21.0, 107.01, 21.0, 90)]
    [InlineData(107.0, 21.0, 107.0, 20.99, 180)]
    [InlineData(107.0, 21.0, 106.99, 21.0, 270)]
    public void InitialGreatCircle_PointsAlongTheCardinalDirections(double lon1, double lat1, double lon2, double lat2, double expectedDeg)
    {
        Assert.Equal(expectedDeg, Bearings.InitialGreatCircleDeg(lon1, lat1, lon2, lat2), 0.01);
    }

    [Fact]
    public void InitialGreatCircle_IsWithinZeroAndThreeSixty()
    {
        Assert.InRange(Bearings.InitialGreatCircleDeg(107.0, 21.0, 106.999, 21.01), 354, 360);
    }

    [Theory]
    [InlineData(107.75, 21.0)] // on the central meridian of EPSG:5899 (TM-3, 107°45′)
    [InlineData(108.25, 21.0)] // east of it
    [InlineData(107.25, 21.5)] // west of it
    public void GridBearingOfTrueNorth_IsTheMeridianConvergence(double lonDeg, double latDeg)
    {
        // γ ≈ −Δλ sin φ: east of the central meridian true north leans towards it, west of grid north.
        var expected = -(lonDeg - 107.75) * Math.Sin(latDeg * Math.PI / 180);
        Assert.Equal(expected, Bearings.GridBearingOfTrueNorthDeg(ProjectionTransform.For(5899), lonDeg, latDeg), 0.002);
    }
}
