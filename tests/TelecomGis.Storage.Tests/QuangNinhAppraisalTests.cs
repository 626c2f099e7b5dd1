using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Storage.Tests;

/// <summary>The engine on the bundled Quảng Ninh plan: the seed's example, the real Vân Đồn runway, dated communes.</summary>
public sealed class QuangNinhAppraisalTests(CommittedBundleFixture fixture) : IClassFixture<CommittedBundleFixture>
{
    private readonly AppraisalEngine _engine = new(new PlanIndex(fixture.Plan, new DateOnly(2026, 11, 22)));

    private static ProposedSite Site(
        double lon,
        double lat,
        PoleClass poleClass = PoleClass.A2b,
        double heightM = 33,
        double? groundM = null
    ) => new(1, "Viettel", "T-1", lon, lat, poleClass, heightM, false, GroundElevationM: groundM);

    [Fact]
    public void TheSeedsThirtyThreeMetreTowerAtMongCaiNeedsConsultationOnlyBecauseOfTheMilitaryArea()
    {
        var result = _engine.Appraise(Site(107.97826, 21.53008));
        Assert.Equal(Verdict.NeedsConsultation, result.Verdict);
        Assert.Equal(["R04"], result.FailingRuleIds);
        Assert.Equal("R-MIL-01", result["R04"].DecidingFeature!.Id);
        Assert.Contains("Móng Cái", result["R02"].DecidingFeature!.Name);
    }

    [Fact]
    public void ATallTowerBesideVanDonsRunwayPenetratesTheInnerHorizontalSurface()
    {
        // 2 km east of the runway's midpoint (VVVD, elevation 7.3 m): inner horizontal surface at 52.3 m above sea level.
        var runway = fixture.Plan.Airports.Single(a => a.Icao == "VVVD").Runways[0];
        var midLon = (runway.Low.LonDeg + runway.High.LonDeg) / 2 + 0.019;
        var midLat = (runway.Low.LatDeg + runway.High.LatDeg) / 2;
        var tall = _engine.Appraise(Site(midLon, midLat, heightM: 40, groundM: 20));
        Assert.Equal(RuleOutcome.Consult, tall["R10"].Outcome);
        Assert.StartsWith("VVVD", tall["R10"].DecidingFeature!.Id);
        Assert.True(tall["R10"].MeasuredValue > 0);

        var low = _engine.Appraise(Site(midLon, midLat, heightM: 20, groundM: 10));
        Assert.Equal(RuleOutcome.Pass, low["R10"].Outcome);
        Assert.True(low["R10"].MeasuredValue < 0);
    }

    [Fact]
    public void ATowerInHaLongBayMustBeACamouflagedA1()
    {
        var bay = fixture.Plan.Zones.Single(z => z.Id == "Z-HALONG-BAY");
        var inside = bay.Geometry.Intersection(fixture.Plan.Province.Boundary).InteriorPoint;
        var result = _engine.Appraise(Site(inside.X, inside.Y, PoleClass.A2b, 30));
        Assert.Equal(Verdict.DoesNotConform, result.Verdict);
        Assert.Contains("R05", result.FailingRuleIds);
        Assert.Contains("R06", result.FailingRuleIds);
    }

    [Fact]
    public void ANewTowerBesideAnExistingOneIsToldToShareItAndWhereItWouldConform()
    {
        var existing = fixture.Plan.Sites.First(s =>
            s.PoleClass == PoleClass.A2b && _engine.Appraise(Site(s.Location.X, s.Location.Y))["R05"].Outcome == RuleOutcome.Pass
        );
        var crowded = Site(existing.Location.X + 0.0005, existing.Location.Y);
        var result = _engine.Appraise(crowded);
        Assert.Equal(RuleOutcome.Fail, result["R09"].Outcome);
        Assert.Contains("share", result["R09"].MessageEn);

        var alternative = _engine.FindConformingAlternative(crowded);
        Assert.Contains(alternative.SitesToShare, s => s.Feature.Id == existing.Id);
        if (alternative.Found)
        {
            var moved = crowded with { LonDeg = alternative.LonDeg!.Value, LatDeg = alternative.LatDeg!.Value };
            Assert.Equal(Verdict.Conforms, _engine.Appraise(moved).Verdict);
        }
    }

    [Fact]
    public void BeforeTheJuly2025MergerTheSameSiteLiesInA2009Commune()
    {
        var old = new AppraisalEngine(new PlanIndex(fixture.Plan, new DateOnly(2020, 1, 1)));
        var r02 = old.Appraise(Site(107.97826, 21.53008))["R02"];
        Assert.StartsWith("VN2009-", r02.DecidingFeature!.Id);
        Assert.Equal(RuleOutcome.Pass, r02.Outcome);
    }
}
