using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Infrastructure;
using static TelecomGis.Core.Tests.Appraisal.ToyPlan;

namespace TelecomGis.Core.Tests.Appraisal;

public class RuleTests
{
    private static AppraisalResult Appraise(ProposedSite site, ToyPlan? plan = null) => (plan ?? new ToyPlan()).Engine().Appraise(site);

    [Fact]
    public void R01_PassesInside_FailsOnTheBoundaryAndOutsideWithTheDistance()
    {
        Assert.Equal(RuleOutcome.Pass, Appraise(Proposal(9000, 0))["R01"].Outcome);
        Assert.Equal(RuleOutcome.Pass, Appraise(Proposal(9999.9, 0))["R01"].Outcome);
        // Second edition, 1: the 5 mm go in the direction of caution, so the boundary itself is not taken as inside the province.
        Assert.Equal(RuleOutcome.Fail, Appraise(Proposal(10000, 0))["R01"].Outcome);
        var outside = Appraise(Proposal(10500, 0));
        Assert.Equal(RuleOutcome.Fail, outside["R01"].Outcome);
        Assert.Equal(500.0, outside["R01"].MeasuredValue!.Value, 1);
        Assert.Equal(Verdict.DoesNotConform, outside.Verdict);
        Assert.All(outside.Results.Skip(1), r => Assert.Equal(RuleOutcome.NotApplicable, r.Outcome));
    }

    [Fact]
    public void R01_SaysWhenSwappedVn2000AxesWouldFallInside()
    {
        // A point whose easting and northing are exchanged: (2 350 000, 500 000) in TM-3.
        var frame = ToyPlan.Frame;
        var (lon, lat) = frame.ToWgs84(new NetTopologySuite.Geometries.Coordinate(OriginN, OriginE));
        var site = Proposal(0, 0) with { LonDeg = lon, LatDeg = lat };
        var r01 = Appraise(site)["R01"];
        Assert.Equal(RuleOutcome.Fail, r01.Outcome);
        Assert.Contains("X and Y swapped", r01.MessageEn);
    }

    [Fact]
    public void R02_FindsTheCurrentCommuneAndNamesTheRealOneWhenTheDeclaredDiffers()
    {
        var found = Appraise(Proposal(5000, 5000))["R02"];
        Assert.Equal(RuleOutcome.Pass, found.Outcome);
        Assert.Equal("00002", found.DecidingFeature!.Id);

        var wrong = Appraise(Proposal(5000, 5000, commune: "00001"))["R02"];
        Assert.Equal(RuleOutcome.Warn, wrong.Outcome);
        Assert.Contains("Xã Đông", wrong.MessageVi);
        Assert.Contains("00002", wrong.MessageEn);
    }

    [Fact]
    public void R02AndR05_PassesAreMadeOncePerCommuneAndPerZoneAndClass_AndNameTheirOwn()
    {
        // Made once and shared (issue 14, item 5): a pass must still name the commune, zone and class of the site it answers.
        var engine = new ToyPlan().Engine();
        var east = engine.Appraise(Proposal(5000, 5000, PoleClass.A1a));
        var eastAgain = engine.Appraise(Proposal(6000, -3000, PoleClass.A1a));
        var west = engine.Appraise(Proposal(-8000, 8000, PoleClass.A1a));
        var eastTower = engine.Appraise(Proposal(7000, 2000, PoleClass.A2c));

        Assert.Same(east["R02"], eastAgain["R02"]);
        Assert.Equal("Vị trí thuộc Xã Đông (mã 00002).", east["R02"].MessageVi);
        Assert.Equal("00001", west["R02"].DecidingFeature!.Id);
        Assert.Contains("(mã 00001)", west["R02"].MessageVi);

        Assert.Same(east["R05"], eastAgain["R05"]);
        Assert.Equal("Z-DEFAULT", east["R05"].DecidingFeature!.Id);
        Assert.StartsWith("Cột loại A1a được phép trong \"", east["R05"].MessageVi);
        Assert.NotSame(east["R05"], eastTower["R05"]);
        Assert.Equal("A2c is allowed in \"" + east["R05"].DecidingFeature!.Name + "\".", eastTower["R05"].MessageEn);
    }

    [Theory]
    [InlineData(6250, 5250, RuleOutcome.Fail, 0)] // inside the heritage core
    [InlineData(6250, 5600, RuleOutcome.Fail, 100)] // exactly at the 100 m buffer: "within" includes the threshold
    [InlineData(6250, 5600.5, RuleOutcome.Pass, -1)] // half a metre beyond
    public void R03_FailsInsideAProhibitedAreaOrItsBuffer(double x, double y, RuleOutcome expected, double measured)
    {
        var r03 = Appraise(Proposal(x, y, PoleClass.A1b))["R03"];
        Assert.Equal(expected, r03.Outcome);
        if (measured >= 0)
        {
            Assert.Equal(measured, r03.MeasuredValue!.Value, 1);
            Assert.Equal("R-HER", r03.DecidingFeature!.Id);
        }
    }

    [Theory]
    [InlineData(5500, -500, RuleOutcome.Consult)]
    [InlineData(6000, -500, RuleOutcome.Consult)] // on the boundary counts as inside
    [InlineData(6000.5, -500, RuleOutcome.Pass)]
    public void R04_AsksForConsultationInsideAMilitaryArea(double x, double y, RuleOutcome expected)
    {
        var result = Appraise(Proposal(x, y));
        Assert.Equal(expected, result["R04"].Outcome);
        if (expected == RuleOutcome.Consult)
        {
            Assert.Equal(Verdict.NeedsConsultation, result.Verdict);
            Assert.Contains("Bộ Chỉ huy Quân sự tỉnh", result["R04"].MessageVi);
        }
    }

    [Theory]
    [InlineData(PoleClass.A2b, RuleOutcome.Fail)]
    [InlineData(PoleClass.A2a, RuleOutcome.Pass)]
    [InlineData(PoleClass.A1a, RuleOutcome.Pass)]
    public void R05_TheUrbanZoneAllowsOnlyA1AndA2a(PoleClass poleClass, RuleOutcome expected)
    {
        var r05 = Appraise(Proposal(-5000, 0, poleClass, 12))["R05"];
        Assert.Equal(expected, r05.Outcome);
        Assert.Equal("Z-URBAN", r05.DecidingFeature!.Id);
    }

    [Fact]
    public void R05_ASiteCoveredByNoZoneFallsUnderTheDefaultZone()
    {
        var r05 = Appraise(Proposal(8000, 8000, PoleClass.A2c))["R05"];
        Assert.Equal(RuleOutcome.Pass, r05.Outcome);
        Assert.Equal("Z-DEFAULT", r05.DecidingFeature!.Id);
    }

    [Fact]
    public void R05_OverlappingZonesMustAllAllowTheClass()
    {
        var plan = new ToyPlan();
        plan.Zones.Add(
            new TelecomGis.Core.Planning.PlanZone(
                "Z-HQ",
                "200 m quanh trụ sở",
                "headquarters",
                TelecomGis.Core.Infrastructure.PoleClassSet.Parse("A1"),
                20,
                false,
                false,
                true,
                Box(-6000, -1000, -4000, 1000)
            )
        );
        var result = Appraise(Proposal(-5000, 0, PoleClass.A2a, 12), plan);
        Assert.Equal(RuleOutcome.Fail, result["R05"].Outcome);
        Assert.Equal("Z-HQ", result["R05"].DecidingFeature!.Id);
    }

    [Theory]
    [InlineData(PoleClass.A1b, true, RuleOutcome.Pass)]
    [InlineData(PoleClass.A1b, false, RuleOutcome.Fail)]
    [InlineData(PoleClass.A2b, true, RuleOutcome.Fail)]
    public void R06_TheTouristZoneRequiresACamouflagedA1Site(PoleClass poleClass, bool camouflaged, RuleOutcome expected)
    {
        Assert.Equal(expected, Appraise(Proposal(3000, 3000, poleClass, 10, camouflaged: camouflaged))["R06"].Outcome);
    }

    [Fact]
    public void R06_DoesNotApplyOutsideCamouflageZones() =>
        Assert.Equal(RuleOutcome.NotApplicable, Appraise(Proposal(8000, 8000))["R06"].Outcome);

    [Theory]
    [InlineData(15.0, RuleOutcome.Pass)] // at the maximum
    [InlineData(15.1, RuleOutcome.Fail)]
    public void R07_HeightMayReachButNotExceedTheZoneMaximum(double height, RuleOutcome expected)
    {
        var r07 = Appraise(Proposal(3000, 3000, PoleClass.A1b, height, camouflaged: true))["R07"];
        Assert.Equal(expected, r07.Outcome);
        Assert.Equal(15, r07.Threshold);
        Assert.Equal(height, r07.MeasuredValue);
    }

    [Fact]
    public void R08_AnUrbanSiteWithin100mOfAPlannedPositionOpenToTheCarrierPasses()
    {
        // 99.9 m: within the 100 m tolerance by more than the 5 mm that go in the direction of caution (second edition, 1).
        var plan = new ToyPlan().WithPosition("P-1", null, -5000, 99.9);
        var r08 = Appraise(Proposal(-5000, 0, PoleClass.A2a, 12), plan)["R08"];
        Assert.Equal(RuleOutcome.Pass, r08.Outcome);
        Assert.Equal(99.9, r08.MeasuredValue!.Value, 1);
        Assert.Equal("P-1", r08.DecidingFeature!.Id);
    }

    [Fact]
    public void R08_FailsAndReportsTheNearestSuitablePositionWhenNoneIsWithinTolerance()
    {
        var plan = new ToyPlan()
            .WithPosition("P-FAR", null, -5000, 100.5)
            .WithPosition("P-MOBI", "MobiFone", -5000, 20) // another carrier's
            .WithPosition("P-A1", null, -5000, 10, "A1a|A1b"); // wrong class
        var r08 = Appraise(Proposal(-5000, 0, PoleClass.A2a, 12, carrier: "Viettel"), plan)["R08"];
        Assert.Equal(RuleOutcome.Fail, r08.Outcome);
        Assert.Equal("P-FAR", r08.DecidingFeature!.Id);
        Assert.Equal(100.5, r08.MeasuredValue!.Value, 1);
    }

    [Fact]
    public void R08_DoesNotApplyWhereTheZoneDoesNotRequirePlannedPositions() =>
        Assert.Equal(RuleOutcome.NotApplicable, Appraise(Proposal(8000, 8000))["R08"].Outcome);

    [Fact]
    public void R09Spacing_FailsWhenANewA2bTowerIsWithin500mOfAnotherOutsideTowns()
    {
        var plan = new ToyPlan().WithSite("S-1", "VNPT", 8000, 8500);
        var r09 = Appraise(Proposal(8000, 8000), plan)["R09"];
        Assert.Equal(RuleOutcome.Fail, r09.Outcome);
        Assert.Equal(500, r09.Threshold);
        Assert.Equal(500.0, r09.MeasuredValue!.Value, 1);
        Assert.Contains("VNPT", r09.MessageEn);
        Assert.Contains("share", r09.MessageEn);

        var apart = new ToyPlan().WithSite("S-1", "VNPT", 8000, 8500.5);
        Assert.Equal(RuleOutcome.Pass, Appraise(Proposal(8000, 8000), apart)["R09"].Outcome);
    }

    [Theory]
    [InlineData(12, 150, 149, RuleOutcome.Fail)] // A2a ≤ 15 m in town: 150 m
    [InlineData(12, 150, 151, RuleOutcome.Pass)]
    [InlineData(20, 200, 199, RuleOutcome.Fail)] // A2a > 15 m in town: 200 m
    public void R09Spacing_RooftopTowersInTownsUseTheirHeightBand(double height, double threshold, double distance, RuleOutcome expected)
    {
        var plan = new ToyPlan().WithSite("S-1", "MobiFone", -5000, distance, PoleClass.A2a, 15).WithPosition("P", null, -5000, 0);
        var r09 = Appraise(Proposal(-5000, 0, PoleClass.A2a, height), plan)["R09"];
        Assert.Equal(expected, r09.Outcome);
        Assert.Equal(threshold, r09.Threshold);
    }

    [Fact]
    public void R09_SharingAnExistingSitePassesAndAnUnknownSiteFails()
    {
        var plan = new ToyPlan().WithSite("S-1", "VNPT", 8000, 8010);
        Assert.Equal(RuleOutcome.Pass, Appraise(Proposal(8000, 8000, shares: "S-1"), plan)["R09"].Outcome);
        Assert.Equal(RuleOutcome.Fail, Appraise(Proposal(8000, 8000, shares: "S-404"), plan)["R09"].Outcome);
    }

    [Fact]
    public void R09_DoesNotApplyToNonBulkyStructures() =>
        Assert.Equal(
            RuleOutcome.NotApplicable,
            Appraise(Proposal(8000, 8000, PoleClass.A1b), new ToyPlan().WithSite("S-1", "VNPT", 8000, 8010))["R09"].Outcome
        );

    [Fact]
    public void R10_UnderTheInnerHorizontalSurfaceATowerAbove55mAmslPenetrates()
    {
        // 2 000 m abeam the runway: inner horizontal surface at 10 + 45 = 55 m.
        var ok = Appraise(Proposal(0, -6000, heightM: 39.9, groundM: 15))["R10"];
        Assert.Equal(RuleOutcome.Pass, ok.Outcome);
        Assert.Equal(-0.1, ok.MeasuredValue!.Value, 1);
        var high = Appraise(Proposal(0, -6000, heightM: 44, groundM: 15));
        Assert.Equal(RuleOutcome.Consult, high["R10"].Outcome);
        Assert.Equal(4.0, high["R10"].MeasuredValue!.Value, 1);
        Assert.Equal(Verdict.NeedsConsultation, high.Verdict);
    }

    [Fact]
    public void R10_TheApproachSurfaceRisesTwoPercentFromTheThreshold()
    {
        // 1 000 m beyond the inner edge, on the extended centre line west of threshold 09: 10 + 2 % × 1 000 = 30 m.
        var r10 = Appraise(Proposal(-2000 - 60 - 1000, -8000, heightM: 25, groundM: 10))["R10"];
        Assert.Equal(RuleOutcome.Consult, r10.Outcome);
        Assert.Equal(5.0, r10.MeasuredValue!.Value, 1);
        Assert.Equal("TEST 09", r10.DecidingFeature!.Id);
    }

    [Fact]
    public void R10_TheConicalSurfaceRisesFivePercentBeyondTheInnerHorizontal()
    {
        // 5 000 m north of the runway: 1 000 m into the conical surface, 55 + 50 = 105 m.
        var r10 = Appraise(Proposal(0, -3000, heightM: 40, groundM: 70))["R10"];
        Assert.Equal(RuleOutcome.Consult, r10.Outcome);
        Assert.Equal(5.0, r10.MeasuredValue!.Value, 1);
    }

    [Fact]
    public void R10_WhereTwoAerodromesSurfacesOverlapTheLowestOfAllLimits()
    {
        // A second aerodrome at sea level, its runway 3 000 m south of the site: its inner horizontal surface is at 45 m, under
        // the first aerodrome's 55 m (2 000 m north of that runway). A top at 10 + 40 = 50 m stays under the first, not the second.
        var plan = new ToyPlan();
        plan.Airports.Add(
            new TelecomGis.Core.Planning.Airport(
                "TWO",
                "Second Airport",
                0,
                4,
                Pt(-500, -9000),
                [new TelecomGis.Core.Planning.Runway("09/27", End("09", -2000, -9000), End("27", 1000, -9000), 45)]
            )
        );
        var r10 = Appraise(Proposal(0, -6000, heightM: 40, groundM: 10), plan)["R10"];
        Assert.Equal(RuleOutcome.Consult, r10.Outcome);
        Assert.Equal(5.0, r10.MeasuredValue!.Value, 1);
        Assert.Equal("TWO 09/27", r10.DecidingFeature!.Id);
    }

    [Fact]
    public void R10_WithoutAGroundElevationEachAerodromeAssumesItsOwnAndTheDeepestPenetrationLimits()
    {
        // A second aerodrome at sea level, its runway 4 100 m south of the site: its conical surface is at 45 + 5 = 50 m, under the
        // first aerodrome's 55 m. With no ground elevation a 46 m tower's top is taken as 10 + 46 = 56 m against the first (1 m
        // through it) and 0 + 46 = 46 m against the second (4 m under it): the first's penetration decides, not the lower surface.
        var plan = new ToyPlan();
        plan.Airports.Add(
            new TelecomGis.Core.Planning.Airport(
                "TWO",
                "Second Airport",
                0,
                4,
                Pt(-500, -10100),
                [new TelecomGis.Core.Planning.Runway("09/27", End("09", -2000, -10100), End("27", 1000, -10100), 45)]
            )
        );
        var r10 = Appraise(Proposal(0, -6000, heightM: 46), plan)["R10"];
        Assert.Equal(RuleOutcome.Consult, r10.Outcome);
        Assert.Equal(1.0, r10.MeasuredValue!.Value, 1);
        Assert.Equal("TEST 09/27", r10.DecidingFeature!.Id);
        Assert.Contains("taken as the aerodrome's 10.0 m", r10.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(44.9, RuleOutcome.Pass)]
    [InlineData(45, RuleOutcome.Consult)]
    public void R11_FortyFiveMetresOrMoreNeedHeightApproval(double height, RuleOutcome expected) =>
        Assert.Equal(expected, Appraise(Proposal(8000, 8000, heightM: height))["R11"].Outcome);

    [Fact]
    public void R11_CountsTheBuildingUnderARooftopStructure()
    {
        var site = Proposal(8000, 8000, PoleClass.A2a, 15) with { BuildingHeightM = 30 };
        Assert.Equal(RuleOutcome.Consult, Appraise(site)["R11"].Outcome);
    }

    [Fact]
    public void R12_WarnsWhenASchoolIsWithinTheComplianceDistance()
    {
        // 60 dBm = 1 000 W: r = √(1000 / (4π·2)) = 6.31 m.
        Assert.Equal(6.31, R12ElectromagneticExposureDistance(1000), 2);
        var sectors = new[] { new Sector(0, 1800, 60, Technology.G4) };
        var near = Appraise(Proposal(8000, 8000, sectors: sectors), new ToyPlan().WithSchool("T1", 8000, 8006))["R12"];
        Assert.Equal(RuleOutcome.Warn, near.Outcome);
        Assert.Equal(6.3, near.Threshold);
        var far = Appraise(Proposal(8000, 8000, sectors: sectors), new ToyPlan().WithSchool("T1", 8000, 8007))["R12"];
        Assert.Equal(RuleOutcome.Pass, far.Outcome);
    }

    private static double R12ElectromagneticExposureDistance(double eirpW) =>
        TelecomGis.Core.Appraisal.Rules.R12ElectromagneticExposure.ComplianceDistanceM(eirpW, 2);
}
