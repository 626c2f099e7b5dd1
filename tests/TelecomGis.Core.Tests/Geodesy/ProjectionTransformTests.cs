using TelecomGis.Core.Geodesy;

namespace TelecomGis.Core.Tests.Geodesy;

/// <summary>ProjNet's WGS 84 ↔ VN-2000 conversion, held to PROJ (cs2cs) as the reference.</summary>
public class ProjectionTransformTests
{
    private const double OneCentimetreM = 0.01;

    // 1e-7° is about 1 cm on the ground at these latitudes.
    private const double OneCentimetreDeg = 1e-7;

    public static TheoryData<Cs2csPoint> FixturePoints() => Cs2csFixture.All();

    [Fact]
    public void Fixture_CoversEveryCatalogueSystemWithAtLeast150Points()
    {
        Assert.True(Cs2csFixture.Points.Count >= 150, $"only {Cs2csFixture.Points.Count} points");
        var covered = Cs2csFixture.Points.Select(p => p.Epsg).ToHashSet();
        Assert.All(CrsCatalog.All, crs => Assert.Contains(crs.Epsg, covered));
    }

    [Theory]
    [MemberData(nameof(FixturePoints))]
    public void Forward_AgreesWithCs2csWithin1cm(Cs2csPoint p)
    {
        var (e, n) = ProjectionTransform.For(p.Epsg).Forward(p.LonDeg, p.LatDeg);

        Assert.InRange(Math.Abs(e - p.EastingM), 0, OneCentimetreM);
        Assert.InRange(Math.Abs(n - p.NorthingM), 0, OneCentimetreM);
    }

    [Theory]
    [MemberData(nameof(FixturePoints))]
    public void Inverse_AgreesWithCs2csWithin1e7Degrees(Cs2csPoint p)
    {
        var (lon, lat) = ProjectionTransform.For(p.Epsg).Inverse(p.EastingM, p.NorthingM);

        Assert.InRange(Math.Abs(lon - p.LonDeg), 0, OneCentimetreDeg);
        Assert.InRange(Math.Abs(lat - p.LatDeg), 0, OneCentimetreDeg);
    }

    /// <summary>The hand-written Helmert and Krüger series are tighter than the 1 cm product tolerance: within 1 mm of PROJ everywhere.</summary>
    [Fact]
    public void ForwardAndInverse_AgreeWithCs2csWithin1mmOverTheWholeFixture()
    {
        var worstForwardM = 0.0;
        var worstInverseM = 0.0;
        foreach (var p in Cs2csFixture.Points)
        {
            var transform = ProjectionTransform.For(p.Epsg);
            worstForwardM = Math.Max(worstForwardM, DistanceM(transform.Forward(p.LonDeg, p.LatDeg), p));
            var (lon, lat) = transform.Inverse(p.EastingM, p.NorthingM);
            var dxM = (lon - p.LonDeg) * MetresPerDegree * Math.Cos(p.LatDeg * Math.PI / 180);
            var dyM = (lat - p.LatDeg) * MetresPerDegree;
            worstInverseM = Math.Max(worstInverseM, Math.Sqrt(dxM * dxM + dyM * dyM));
        }

        Assert.True(worstForwardM <= 0.001, $"worst forward {worstForwardM * 1000:F3} mm");
        // Measured against the point cs2cs projected: Inverse undoes PROJ's forward exactly, where cs2cs -I lands up to
        // ~1.3 mm away (its 2-D pipeline drops the height on the other side; see ProjectionTransform.Inverse).
        Assert.True(worstInverseM <= 0.001, $"worst inverse {worstInverseM * 1000:F3} mm");
    }

    [Fact]
    public void Forward_PutsTheMongCaiSeedTowerAtItsPublishedQuangNinhCoordinates()
    {
        var (e, n) = ProjectionTransform.For(5899).Forward(107.97826, 21.53008);

        Assert.InRange(Math.Abs(e - 523449.987), 0, OneCentimetreM);
        Assert.InRange(Math.Abs(n - 2381658.013), 0, OneCentimetreM);
    }

    [Fact]
    public void Forward_AgreesWithLiveCs2csOnRandomPoints()
    {
        var random = new Random(20071205);
        foreach (var epsg in new[] { 5899, 9209, 5897, 3406 })
        {
            var crs = CrsCatalog.Get(epsg);
            var points = Enumerable.Range(0, 5).Select(_ => RandomPointNear(random, crs.CentralMeridianDeg)).ToList();

            var expected = Cs2cs.Forward(epsg, points);

            Assert.Equal(points.Count, expected.Count);
            for (var i = 0; i < points.Count; i++)
            {
                var (e, n) = ProjectionTransform.For(epsg).Forward(points[i].LonDeg, points[i].LatDeg);
                Assert.True(
                    Math.Abs(e - expected[i].EastingM) <= OneCentimetreM && Math.Abs(n - expected[i].NorthingM) <= OneCentimetreM,
                    $"EPSG:{epsg} {points[i]}: ours {e:F3} {n:F3}, cs2cs {expected[i].EastingM:F3} {expected[i].NorthingM:F3}"
                );
            }
        }
    }

    /// <summary>
    /// Decision 05/2007/QĐ-BTNMT prints the rotations in the coordinate-frame convention; TOWGS84 wants position vector.
    /// Copying the printed signs moves a Quảng Ninh point by most of a metre, which is why Vn2000Datum flips them.
    /// </summary>
    [Fact]
    public void HelmertRotations_WithThePublishedCoordinateFrameSigns_DisagreeWithCs2csByMoreThanHalfAMetreInQuangNinh()
    {
        var naive = new ProjectionTransform(CrsCatalog.Get(5899), PublishedSignsCopiedIntoTowgs84());
        var ours = ProjectionTransform.For(5899);

        foreach (var q in QuangNinhFixturePoints())
        {
            Assert.True(DistanceM(naive.Forward(q.LonDeg, q.LatDeg), q) > 0.5, $"{q}: the wrong signs should show");
            Assert.True(DistanceM(ours.Forward(q.LonDeg, q.LatDeg), q) <= OneCentimetreM, $"{q}: ours should agree");
        }
    }

    /// <summary>The WKT we hand to other tools (GeoPackage, QGIS) carries the same trap: ProjNet reading it must match cs2cs.</summary>
    [Fact]
    public void Wkt_ReadByProjNet_AgreesWithCs2csWithin1cm_AndWithThePublishedSignsDoesNot()
    {
        foreach (var q in QuangNinhFixturePoints())
        {
            var crs = CrsCatalog.Get(q.Epsg);
            Assert.True(DistanceM(ProjNetForward(crs.ToWkt(), q), q) <= OneCentimetreM, $"{q}: ProjNet on our WKT");
            Assert.True(
                DistanceM(ProjNetForward(crs.ToWkt(PublishedSignsCopiedIntoTowgs84()), q), q) > 0.5,
                $"{q}: ProjNet on the wrong signs"
            );
        }
    }

    private static IEnumerable<Cs2csPoint> QuangNinhFixturePoints() => Cs2csFixture.Points.Where(q => q.Epsg == 5899 && q.LatDeg >= 20.5);

    private static double[] PublishedSignsCopiedIntoTowgs84()
    {
        var p = Vn2000Datum.ToWgs84PositionVector;
        var r = Vn2000Datum.PublishedRotationsCoordinateFrameArcSec;
        return [p[0], p[1], p[2], r[0], r[1], r[2], p[6]];
    }

    private static (double EastingM, double NorthingM) ProjNetForward(string wkt, Cs2csPoint q)
    {
        var projected = (ProjNet.CoordinateSystems.ProjectedCoordinateSystem)
            new ProjNet.CoordinateSystems.CoordinateSystemFactory().CreateFromWkt(wkt);
        var transform = new ProjNet.CoordinateSystems.Transformations.CoordinateTransformationFactory()
            .CreateFromCoordinateSystems(ProjNet.CoordinateSystems.GeographicCoordinateSystem.WGS84, projected)
            .MathTransform;
        return transform.Transform(q.LonDeg, q.LatDeg);
    }

    private static double DistanceM((double EastingM, double NorthingM) ours, Cs2csPoint q) =>
        Math.Sqrt(Square(ours.EastingM - q.EastingM) + Square(ours.NorthingM - q.NorthingM));

    [Theory]
    [InlineData(5899)]
    [InlineData(9209)]
    [InlineData(5896)]
    [InlineData(9218)]
    [InlineData(3405)]
    public void ForwardThenInverse_Returns1000RandomPointsWithin1mm(int epsg)
    {
        var random = new Random(epsg);
        var transform = ProjectionTransform.For(epsg);
        var crs = CrsCatalog.Get(epsg);
        for (var i = 0; i < 1000; i++)
        {
            var (lon, lat) = RandomPointNear(random, crs.CentralMeridianDeg);
            var (e, n) = transform.Forward(lon, lat);
            var (lon2, lat2) = transform.Inverse(e, n);

            // Compare on the ground: degrees of longitude shrink with cos(latitude).
            var dxM = (lon2 - lon) * MetresPerDegree * Math.Cos(lat * Math.PI / 180);
            var dyM = (lat2 - lat) * MetresPerDegree;
            Assert.True(Math.Sqrt(dxM * dxM + dyM * dyM) <= 0.001, $"EPSG:{epsg} {lon},{lat}: round trip off by {dxM:E2},{dyM:E2} m");
        }
    }

    private const double MetresPerDegree = 111_320;

    private static double Square(double v) => v * v;

    /// <summary>A point within ±1.5° of the central meridian at Vietnam's latitudes, outside the Mekong block where PROJ prefers EPSG:5194.</summary>
    private static (double LonDeg, double LatDeg) RandomPointNear(Random random, double centralMeridianDeg)
    {
        while (true)
        {
            var lon = centralMeridianDeg + (random.NextDouble() * 3 - 1.5);
            var lat = 7 + random.NextDouble() * 16.4;
            var inMekongBlock = lat is >= 9.35 and <= 11.04 && lon is >= 104.24 and <= 107.11;
            if (!inMekongBlock)
                return (lon, lat);
        }
    }
}
