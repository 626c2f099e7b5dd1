using NetTopologySuite.Geometries;
using TelecomGis.Core.Coverage;
using TelecomGis.Core.Coverage.Fiber;
using TelecomGis.Core.Coverage.Postal;
using TelecomGis.Core.Coverage.Propagation;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Spatial;
using TelecomGis.Core.Tests.Appraisal;
using static TelecomGis.Core.Tests.Appraisal.ToyPlan;

namespace TelecomGis.Core.Tests.Coverage;

/// <summary>
/// The toy province (<see cref="ToyPlan"/>: 20 km square; ward Tây x &lt; 0 with 20,000 people on 200 km², commune Đông x ≥ 0 with
/// 5,000 on 200 km²; the 2009 unit "Cũ" of district "Huyện Cũ" covering both until 30 June 2025). Đông has a headquarters zone
/// round (2 400, 0); Tây has none, so its headquarters is its interior point (−5 000, 0).
/// Fiber: Viettel aerial (−5 000, 0)–(0, 0), 5 km; VNPT underground (2 000, −5 000)–(2 000, 5 000), 10 km.
/// Posts: Tây a post office at (−5 000, 2 000) and a cultural post office at (−4 000, 0); Đông an agent at (6 000, 0).
/// </summary>
public class PostalAndFiberTests
{
    private static readonly DateOnly Today = new(2026, 1, 1);
    private static readonly GeometryFactory Wgs = new(new PrecisionModel(), 4326);

    private static ProvincePlan Plan()
    {
        var toy = new ToyPlan();
        toy.Zones.Add(
            new PlanZone(
                "Z-HQ-00002",
                "Trụ sở Đông",
                "headquarters",
                PoleClassSet.Parse("A1"),
                20,
                false,
                false,
                true,
                Box(2300, -100, 2500, 100)
            )
        );
        return toy.Build() with
        {
            FiberRoutes =
            [
                new FiberRoute("F-VT", "Viettel", "Tuyến Tây", Laying.Aerial, "access", Line(-5000, 0, 0, 0)),
                new FiberRoute("F-VN", "VNPT", "Tuyến Đông", Laying.Underground, "backbone", Line(2000, -5000, 2000, 5000)),
            ],
            PostalPoints =
            [
                new PostalServicePoint("P1", "Bưu cục Tây", PostalPointKind.PostOffice, "VNPost", "00001", Pt(-5000, 2000)),
                new PostalServicePoint("P2", "Điểm BĐ-VHX Tây", PostalPointKind.CulturalPostOffice, "VNPost", "00001", Pt(-4000, 0)),
                new PostalServicePoint("P3", "Đại lý Đông", PostalPointKind.Agent, "VNPost", "00002", Pt(6000, 0)),
            ],
        };
    }

    private static LineString Line(double x0, double y0, double x1, double y1) =>
        Wgs.CreateLineString([Pt(x0, y0).Coordinate, Pt(x1, y1).Coordinate]);

    [Fact]
    public void Postal_PerCommuneDistrictAndProvince()
    {
        var report = PostalAnalysis.Run(Plan(), Today);
        var west = report.Communes.Single(c => c.Commune.Code == "00001");
        Assert.Equal(2, west.Figures.Points);
        Assert.Equal(Math.Sqrt(200 / (2 * Math.PI)), west.Figures.ServiceRadiusKm, 1e-12); // 5.642 km
        Assert.Equal(10_000, west.Figures.PeoplePerPoint, 1e-9);
        Assert.True(west.HasCulturalPostOffice);
        Assert.False(west.Headquarters.FromHeadquartersZone);
        Assert.Equal("P2", west.NearestPointId);
        Assert.Equal(1000, west.NearestPointDistanceM, 0.01);

        var east = report.Communes.Single(c => c.Commune.Code == "00002");
        Assert.True(east.Headquarters.FromHeadquartersZone);
        Assert.Equal("P3", east.NearestPointId);
        Assert.Equal(3600, east.NearestPointDistanceM, 0.01);
        Assert.Equal(["00002"], report.CommunesWithoutCulturalPostOffice.Select(c => c.Commune.Code));

        Assert.Equal(new PostalServiceFigures(3, 400, 25_000), report.Province.Figures);
        Assert.Equal(1, report.Province.CommunesWithoutCulturalPostOffice);
        Assert.Equal(new DateOnly(2025, 6, 30), report.DistrictsOn);
        var district = Assert.Single(report.Districts);
        Assert.Equal(("Huyện Cũ", 3, 0), (district.Name, district.Figures.Points, district.CommunesWithoutCulturalPostOffice));
    }

    [Fact]
    public void Fiber_LengthsPerOwnerLayingAndDistrict()
    {
        var report = FiberAnalysis.Run(Plan(), [], Today);
        Assert.Equal(2, report.ByOwnerAndLaying.Count);
        var viettel = report.ByOwnerAndLaying.Single(f => f.Owner == "Viettel");
        Assert.Equal((Laying.Aerial, 1, 5.0), (viettel.Laying, viettel.Routes, Math.Round(viettel.LengthKm, 6)));
        Assert.Equal(10.0, report.ByOwnerAndLaying.Single(f => f.Owner == "VNPT").LengthKm, 1e-6);
        Assert.All(report.ByDistrict, f => Assert.Equal("Huyện Cũ", f.District));
        Assert.Equal(15.0, report.ByDistrict.Sum(f => f.LengthKm), 1e-6);
    }

    // Issue 14: a threshold of 0 made the widening nearest search multiply 0 for ever.
    [Theory]
    [InlineData(0.0)]
    [InlineData(-5.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Fiber_AThresholdThatIsNoDistanceIsRefused(double thresholdM) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FiberAnalysis.Run(Plan(), [], Today, thresholdM));

    [Fact]
    public void TheNearestSearchFromARadiusOfZeroStillWidens()
    {
        var index = new PlanIndex(Plan(), Today);
        var hq = CommuneHeadquarters.Of(index).Single(h => h.Commune.Code == "00002");
        var found = index.FiberRoutes.NearestAnywhere(hq.MetricLocation, firstRadiusM: 0);
        Assert.Equal(400, found!.Value.DistanceM, 0.01);
    }

    [Theory]
    [InlineData(500, true)]
    [InlineData(300, false)]
    public void Fiber_ACommuneIsReachedWhenItsHeadquartersLiesWithinTheThresholdOfARoute(double thresholdM, bool eastReached)
    {
        var report = FiberAnalysis.Run(Plan(), [], Today, thresholdM);
        var east = report.Reach.Single(r => r.Headquarters.Commune.Code == "00002");
        Assert.Equal("F-VN", east.NearestRouteId);
        Assert.Equal(400, east.DistanceM, 0.01);
        Assert.Equal(eastReached, east.Reached);
        Assert.True(report.Reach.Single(r => r.Headquarters.Commune.Code == "00001").Reached); // on the Viettel route
    }

    [Fact]
    public void Fiber_OnlyAerialCableInsideAnUndergroundingZoneIsListed()
    {
        UndergroundingZone[] zones =
        [
            new("UG-W", "Ngầm hóa Tây", Box(-3000, -1000, -1000, 1000)), // Viettel's aerial line crosses 2 km of it
            new("UG-E", "Ngầm hóa Đông", Box(1000, -1000, 3000, 1000)), // only VNPT's underground line crosses it
        ];
        var report = FiberAnalysis.Run(Plan(), zones, Today);
        var entry = Assert.Single(report.Undergrounding);
        Assert.Equal(("Viettel", "F-VT", "UG-W"), (entry.Owner, entry.RouteId, entry.ZoneId));
        Assert.Equal(2000, entry.LengthM, 0.01);
        Assert.Equal([("Viettel", 2000.0)], report.UndergroundingByOwner.Select(o => (o.Owner, Math.Round(o.LengthM, 2))));
    }

    [Fact]
    public void TheAnalysesReadOneIndex_TheCommunesOfItsDay()
    {
        var index = new PlanIndex(Plan(), Today);
        var postal = PostalAnalysis.Run(index);
        var fiber = FiberAnalysis.Run(index, []);
        Assert.Equal(Today, postal.CommunesOn);
        Assert.Equal(["00001", "00002"], postal.Communes.Select(c => c.Commune.Code));
        Assert.Equal(["00001", "00002"], fiber.Reach.Select(r => r.Headquarters.Commune.Code));
        Assert.Equal((new DateOnly(2025, 6, 30), new DateOnly(2025, 6, 30)), (postal.DistrictsOn, fiber.DistrictsOn));

        var inputs = CoverageInputs.FromPlan(index, new CoverageParameters { ResolutionM = 1000, CommunesOn = Today }, PathLossModels.For);
        Assert.Equal(["00001", "00002"], inputs.Communes.Select(c => c.Code));
    }

    [Fact]
    public void CoverageInputs_RefuseAnIndexOfAnotherDay()
    {
        var index = new PlanIndex(Plan(), Today);
        var parameters = new CoverageParameters { ResolutionM = 1000, CommunesOn = new DateOnly(2025, 6, 1) };
        Assert.Throws<ArgumentException>(() => CoverageInputs.FromPlan(index, parameters, PathLossModels.For));
    }

    [Fact]
    public void Postal_BeforeTheMergerCountsTheOldUnit()
    {
        var report = PostalAnalysis.Run(new PlanIndex(Plan(), new DateOnly(2025, 6, 1)));
        var old = Assert.Single(report.Communes);
        Assert.Equal(3, old.Figures.Points);
    }
}
