using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Geodesy;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using TelecomGis.Storage.Bundle;

namespace TelecomGis.Storage.Tests;

[Collection(CommittedBundleGroup.Name)]
public sealed class CommittedBundleTests(CommittedBundleFixture fixture)
{
    private static readonly Point SeedSite = new(107.97826, 21.53008);
    private ProvincePlan Plan => fixture.Plan;

    [Fact]
    public void TheBundleHolds54CommunesSinceJuly2025And186FromThe2009Census()
    {
        Assert.Equal(54, Plan.Communes.Count(c => c.Validity.Contains(new DateOnly(2025, 7, 1))));
        Assert.Equal(186, Plan.Communes.Count(c => c.Validity.Contains(new DateOnly(2024, 1, 1))));
        Assert.Equal(240, Plan.Communes.Count);
        Assert.All(Plan.Communes.Where(c => c.Validity.To is null), c => Assert.Matches("^[0-9]{5}$", c.Code));
    }

    [Fact]
    public void EveryLayerIsPopulatedWithRealisticCounts()
    {
        Assert.Equal("22", Plan.Province.Code);
        Assert.Equal(5899, Plan.Province.Epsg);
        Assert.InRange(Plan.Sites.Count, 1200, 1600);
        // About 15 % of structures shared between carriers (the published figure, data/quang-ninh/SOURCES.md), not two thirds.
        Assert.InRange(Plan.Sites.Count(s => s.SharedWith.Count > 0) / (double)Plan.Sites.Count, 0.12, 0.20);
        // BTS counted per carrier and technology, as Hải Dương counts its 2,952 on about 1,300 positions.
        Assert.InRange(Plan.Sites.Sum(s => (1 + s.SharedWith.Count) * s.Sectors.Select(x => x.Technology).Distinct().Count()), 2400, 3400);
        Assert.InRange(Plan.PlannedPositions.Count, 200, 500);
        Assert.InRange(Plan.SensitivePlaces.Count, 200, 600);
        Assert.NotEmpty(Plan.FiberRoutes);
        Assert.Equal(32, Plan.Rules.Parameters.Count); // R09.share_tolerance and R09.share_height_margin (second edition, 5); the roadmap's three deadlines
        Assert.Equal(30, Plan.Rules.Value("R09", "share_tolerance"));
        Assert.Equal(45, Plan.Rules.Value("R11", "height_approval"));
        Assert.All(Plan.Sites, s => Assert.InRange(s.Sectors.Count, 1, 3));
    }

    [Fact]
    public void TheDefaultZoneExistsHasNoGeometryAndAllowsA2bUpTo60m()
    {
        var zone = Plan.DefaultZone;
        Assert.Equal("Z-DEFAULT-RURAL", zone.Id);
        Assert.True(zone.Geometry.IsEmpty);
        Assert.True(zone.AllowedClasses.Contains(PoleClass.A2b));
        Assert.Equal(60, zone.MaxHeightM);
        Assert.False(zone.RequiresPlannedPosition);
    }

    [Fact]
    public void TheSeedSiteAtMongCaiLiesInAMilitaryAreaThatAsksForConsultation()
    {
        var area = Assert.Single(Plan.RestrictedAreas, a => a.Geometry.Covers(SeedSite));
        Assert.Equal("military", area.Kind);
        Assert.Equal(RestrictionEffect.Consult, area.Effect);
        Assert.Equal("Bộ Chỉ huy Quân sự tỉnh Quảng Ninh", area.Authority);
    }

    [Fact]
    public void TheSeedSiteLiesInTheProvinceAndIn2025CommuneMongCai1()
    {
        Assert.True(Plan.Province.Boundary.Covers(SeedSite));
        var commune = Assert.Single(Plan.Communes, c => c.Validity.To is null && c.Boundary.Covers(SeedSite));
        Assert.StartsWith("Móng Cái", commune.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSeedSiteFallsUnderNoZoneThatWouldFailA33mA2bTower()
    {
        foreach (var zone in Plan.Zones.Where(z => z.Geometry.Covers(SeedSite)))
        {
            Assert.True(zone.AllowedClasses.Contains(PoleClass.A2b), zone.Id);
            Assert.True(zone.MaxHeightM >= 33, zone.Id);
            Assert.False(zone.RequiresPlannedPosition, zone.Id);
        }
    }

    [Fact]
    public void NoExistingSiteStandsWithin600mOfTheSeedSite()
    {
        var tm3 = ProjectionTransform.For(5899);
        var (e0, n0) = tm3.Forward(SeedSite.X, SeedSite.Y);
        var nearest = Plan.Sites.Min(s =>
        {
            var (e, n) = tm3.Forward(s.Location.X, s.Location.Y);
            return Math.Sqrt(((e - e0) * (e - e0)) + ((n - n0) * (n - n0)));
        });
        Assert.True(nearest > 600, $"nearest site {nearest:F0} m");
    }

    [Fact]
    public void ExactlyOne2025CommuneLacksACulturalPostOffice()
    {
        var served = Plan.PostalPoints.Where(p => p.Kind == PostalPointKind.CulturalPostOffice).Select(p => p.CommuneCode).ToHashSet();
        var lacking = Plan.Communes.Where(c => c.Validity.To is null && !served.Contains(c.Code)).ToList();
        Assert.Single(lacking);
    }

    [Fact]
    public void VanDonRunway0321IsAbout3600mLongMeasuredInEpsg5899()
    {
        var airport = Assert.Single(Plan.Airports, a => a.Icao == "VVVD");
        Assert.Equal(4, airport.CodeNumber);
        Assert.Equal("Cảng hàng không quốc tế Vân Đồn", airport.NameVi);
        var runway = Assert.Single(airport.Runways);
        Assert.Equal("03/21", runway.Designator);
        var tm3 = ProjectionTransform.For(5899);
        var (e1, n1) = tm3.Forward(runway.Low.LonDeg, runway.Low.LatDeg);
        var (e2, n2) = tm3.Forward(runway.High.LonDeg, runway.High.LatDeg);
        var lengthM = Math.Sqrt(((e2 - e1) * (e2 - e1)) + ((n2 - n1) * (n2 - n1)));
        Assert.InRange(lengthM, 3550, 3650);
        Assert.Equal(45.1, runway.WidthM, 1);
    }

    [Fact]
    public void ReadingTheSameFilesTwiceGivesTheSamePlanVersion()
    {
        Assert.Equal(Plan.Version, PlanBundleReader.Read(TestPaths.CommittedBundle).Version);
        Assert.Equal(64, Plan.Version.Hash.Length);
    }
}
