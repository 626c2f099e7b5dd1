using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Coverage.Propagation;

namespace TelecomGis.Core.Tests.Coverage;

public class AntennaPatternTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(32.5, 3)] // half the 65° beamwidth: the half-power point
    [InlineData(-32.5, 3)]
    [InlineData(65, 12)]
    [InlineData(100, 25)] // 12·(100/65)² = 28.4 → the 25 dB front-to-back cap
    [InlineData(180, 25)]
    public void Horizontal_Is3gppParabolicWithA25DbFloor(double offDeg, double expectedDb)
    {
        Assert.Equal(expectedDb, new AntennaPattern(65, 10, 6).HorizontalDb(offDeg), 1e-9);
    }

    [Theory]
    [InlineData(6, 0)] // on the tilt
    [InlineData(11, 3)] // half the 10° vertical beamwidth below it
    [InlineData(1, 3)]
    [InlineData(-30, 25)]
    public void Vertical_IsTheSameParabolaAroundTheTilt(double depressionDeg, double expectedDb)
    {
        Assert.Equal(expectedDb, new AntennaPattern(65, 10, 6).VerticalDb(depressionDeg), 1e-9);
    }

    [Fact]
    public void Combined_IsTheSumCappedAt25Db()
    {
        var p = new AntennaPattern(65, 10, 6);
        Assert.Equal(6, p.AttenuationDb(32.5, 11), 1e-9);
        Assert.Equal(25, p.AttenuationDb(60, 20), 1e-9); // 10.2 + 23.5
    }

    [Theory]
    [InlineData(10, 350, 20)]
    [InlineData(350, 10, -20)]
    [InlineData(180, 0, -180)]
    [InlineData(90, 90, 0)]
    public void OffBoresight_FoldsAcrossNorth(double bearingDeg, double azimuthDeg, double expectedDeg)
    {
        Assert.Equal(expectedDeg, AntennaPattern.OffBoresightDeg(bearingDeg, azimuthDeg), 1e-9);
    }

    [Theory]
    [InlineData(AdministrativeUnitKind.Ward, 30_000, 2, PropagationEnvironment.UrbanLargeCity)]
    [InlineData(AdministrativeUnitKind.Ward, 29_643, 37.6, PropagationEnvironment.Suburban)] // Hà Tu: 788 people/km²
    [InlineData(AdministrativeUnitKind.Ward, 50_000, 10, PropagationEnvironment.UrbanSmallMediumCity)]
    [InlineData(AdministrativeUnitKind.Commune, 12_000, 10, PropagationEnvironment.Suburban)]
    [InlineData(AdministrativeUnitKind.Commune, 5_000, 80, PropagationEnvironment.Open)]
    [InlineData(AdministrativeUnitKind.SpecialZone, 6_000, 47, PropagationEnvironment.Open)]
    public void Environment_FollowsTheCommunesKindAndDensity(
        AdministrativeUnitKind kind,
        long population,
        double areaKm2,
        PropagationEnvironment expected
    )
    {
        var commune = new Commune(
            "1",
            "x",
            kind,
            null,
            population,
            areaKm2,
            Validity.Since(default),
            new GeometryFactory().CreatePolygon()
        );
        Assert.Equal(expected, CommuneEnvironment.Of(commune));
        Assert.Equal(PropagationEnvironment.Open, CommuneEnvironment.Of(null));
    }

    [Fact]
    public void Rasterizer_MarksTheCellsWhoseCentreLiesInsideAndHonoursHoles()
    {
        var grid = new CoverageGrid(0, 500, 5, 5, 100, 5899);
        var f = new GeometryFactory();
        var shell = f.CreateLinearRing([new(0, 0), new(500, 0), new(500, 500), new(0, 500), new(0, 0)]);
        var hole = f.CreateLinearRing([new(150, 150), new(350, 150), new(350, 350), new(150, 350), new(150, 150)]);
        var marked = new HashSet<int>();
        CellRasterizer.Fill(grid, f.CreatePolygon(shell, [hole]), i => marked.Add(i));
        // Centres lie at 50, 150, 250 …: the hole [150, 350) × [150, 350) holds four of them.
        Assert.Equal(25 - 4, marked.Count);
        Assert.DoesNotContain(grid.Index(2, 2), marked);
        Assert.Contains(grid.Index(0, 0), marked);
    }
}
