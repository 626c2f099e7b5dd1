using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Infrastructure;
using static TelecomGis.Core.Tests.Appraisal.ToyPlan;

namespace TelecomGis.Core.Tests.Appraisal;

/// <summary>The readings APPRAISAL.md's "Clarifications (second edition)" fix, one test (at least) per clarification.</summary>
public class SecondEditionTests
{
    private static AppraisalResult Appraise(ProposedSite site, ToyPlan? plan = null) => (plan ?? new ToyPlan()).Engine().Appraise(site);

    // 7. A top at or above the lowest surface (penetration ≥ 0 m) needs consultation; 0.0 m is reported.
    [Fact]
    public void C7_R10_ATopExactlyOnTheSurfaceNeedsConsultationAndReportsZeroPenetration()
    {
        // 2 000 m abeam the runway: inner horizontal surface at 10 + 45 = 55 m; 15 + 40 = 55 m.
        var on = Appraise(Proposal(0, -6000, heightM: 40, groundM: 15));
        Assert.Equal(RuleOutcome.Consult, on["R10"].Outcome);
        Assert.Equal(0.0, on["R10"].MeasuredValue);
        Assert.Contains("0,0 m", on["R10"].MessageVi);
        Assert.Contains("0.0 m", on["R10"].MessageEn);
        Assert.Equal(Verdict.NeedsConsultation, on.Verdict);

        var below = Appraise(Proposal(0, -6000, heightM: 39.9, groundM: 15))["R10"];
        Assert.Equal(RuleOutcome.Pass, below.Outcome);
    }

    // 6 (with 1). Distance ≥ minimum passes, but within 5 mm above the minimum counts as under it.
    [Theory]
    [InlineData(499.9, RuleOutcome.Fail, false)]
    [InlineData(500.0, RuleOutcome.Fail, true)] // at the minimum: the tolerance decides, in the direction of caution
    [InlineData(500.003, RuleOutcome.Fail, true)] // 3 mm above: still under
    [InlineData(500.008, RuleOutcome.Pass, false)] // 8 mm above: keeps the minimum
    public void C6_R09_AtTheMinimumTheToleranceCountsTowardsCaution(double distance, RuleOutcome expected, bool toleranceNamed)
    {
        var plan = new ToyPlan().WithSite("S-1", "VNPT", 8000, 8000 + distance);
        var r09 = Appraise(Proposal(8000, 8000), plan)["R09"];
        Assert.Equal(expected, r09.Outcome);
        Assert.Equal(500, r09.Threshold);
        Assert.Equal(toleranceNamed, r09.MessageEn.Contains("5 mm tolerance", StringComparison.Ordinal));
        Assert.Equal(toleranceNamed, r09.MessageVi.Contains("dung sai 5 mm", StringComparison.Ordinal));
    }

    [Fact]
    public void C6_ToyPlanDistancesAreExactToTheMillimetre()
    {
        var plan = new ToyPlan().WithSite("S-1", "VNPT", 8000, 8500.003);
        var index = new TelecomGis.Core.Spatial.PlanIndex(plan.Build(), new DateOnly(2026, 1, 1));
        var site = Proposal(8000, 8000);
        var d = index.Sites.Features[0].DistanceTo(index.Frame.ToMetric(site.LonDeg, site.LatDeg));
        Assert.Equal(500.003, d, 4);
    }

    // 2. When R01 fails, R02–R12 are n/a ("not judged: outside the province"), even where they would otherwise object.
    [Fact]
    public void C2_OutsideTheProvinceEveryOtherRuleIsNotJudged()
    {
        // 500 m outside, 60 m tall (R11 would ask for approval), sharing a site that does not exist (R09 would fail).
        var outside = Appraise(Proposal(10500, 0, heightM: 60, shares: "S-404"));
        Assert.Equal(RuleOutcome.Fail, outside["R01"].Outcome);
        Assert.Equal(Verdict.DoesNotConform, outside.Verdict);
        Assert.Equal(12, outside.Results.Count);
        foreach (var r in outside.Results.Skip(1))
        {
            Assert.Equal(RuleOutcome.NotApplicable, r.Outcome);
            Assert.StartsWith("Not judged", r.MessageEn, StringComparison.Ordinal);
            Assert.Contains("outside the province", r.MessageEn, StringComparison.Ordinal);
            Assert.StartsWith("Không đánh giá", r.MessageVi, StringComparison.Ordinal);
        }
    }

    // 3. R07 compares the pole height alone for every class; R10 and R11 use building + pole for rooftop classes (A1a, A2a).
    [Theory]
    [InlineData(PoleClass.A1a, 50.0)]
    [InlineData(PoleClass.A2a, 50.0)]
    [InlineData(PoleClass.A1b, 20.0)] // a ground class: a declared building height does not count
    [InlineData(PoleClass.A2b, 20.0)]
    public void C3_R07UsesThePoleAlone_R10AndR11TheTopAboveNaturalGround(PoleClass poleClass, double topAboveGround)
    {
        // 20 m pole on a 30 m building, rural default zone (maximum 60 m); 2 000 m abeam the runway (surface at 55 m) on 10 m ground.
        var site = Proposal(0, -6000, poleClass, 20, groundM: 10) with { BuildingHeightM = 30 };
        var result = Appraise(site);
        Assert.Equal(RuleOutcome.Pass, result["R07"].Outcome);
        Assert.Equal(20.0, result["R07"].MeasuredValue);
        Assert.Equal(topAboveGround, result["R11"].MeasuredValue);
        Assert.Equal(topAboveGround >= 45 ? RuleOutcome.Consult : RuleOutcome.Pass, result["R11"].Outcome);
        Assert.Equal(10 + topAboveGround - 55, result["R10"].MeasuredValue!.Value, 1);
        Assert.Equal(topAboveGround >= 45 ? RuleOutcome.Consult : RuleOutcome.Pass, result["R10"].Outcome);
    }

    [Fact]
    public void C3_R07_ARooftopPoleWithinTheZoneMaximumPassesWhateverTheBuilding()
    {
        // Urban zone, maximum 30 m: a 30 m A2a pole on a 40 m building passes R07; 30.1 m fails.
        var plan = new ToyPlan().WithPosition("P", null, -5000, 0);
        Assert.Equal(RuleOutcome.Pass, Appraise(Proposal(-5000, 0, PoleClass.A2a, 30) with { BuildingHeightM = 40 }, plan)["R07"].Outcome);
        Assert.Equal(
            RuleOutcome.Fail,
            Appraise(Proposal(-5000, 0, PoleClass.A2a, 30.1) with { BuildingHeightM = 40 }, plan)["R07"].Outcome
        );
    }

    // 1. Every inside/within/boundary test gives 5 mm in the direction of caution; the message names the tolerance only when it decided.
    private static bool NamesTolerance(RuleResult r) =>
        r.MessageEn.Contains("5 mm tolerance", StringComparison.Ordinal) && r.MessageVi.Contains("dung sai 5 mm", StringComparison.Ordinal);

    [Theory]
    [InlineData(6250, 5600.004, RuleOutcome.Fail, true)] // 4 mm beyond the 100 m buffer: counts as inside it
    [InlineData(6250, 5600, RuleOutcome.Fail, false)] // on the buffer's edge: inside without the tolerance
    [InlineData(6250, 5600.006, RuleOutcome.Pass, false)]
    public void C1_R03_WithinFiveMillimetresOutsideAProhibitedBufferCountsAsInside(double x, double y, RuleOutcome expected, bool named)
    {
        var r03 = Appraise(Proposal(x, y, PoleClass.A1b))["R03"];
        Assert.Equal(expected, r03.Outcome);
        Assert.Equal(named, NamesTolerance(r03));
    }

    [Theory]
    [InlineData(6000.004, RuleOutcome.Consult, true)]
    [InlineData(6000, RuleOutcome.Consult, false)] // on the boundary
    [InlineData(6000.006, RuleOutcome.Pass, false)]
    public void C1_R04_WithinFiveMillimetresOutsideAMilitaryAreaCountsAsInside(double x, RuleOutcome expected, bool named)
    {
        var r04 = Appraise(Proposal(x, -500))["R04"];
        Assert.Equal(expected, r04.Outcome);
        Assert.Equal(named, NamesTolerance(r04));
    }

    [Theory]
    [InlineData(-1999.996, RuleOutcome.Fail, true)] // 4 mm east of the urban zone: inside it, where A2b is not allowed
    [InlineData(-2000, RuleOutcome.Fail, false)] // on its boundary
    [InlineData(-1999.994, RuleOutcome.Pass, false)] // 6 mm east: the rural default zone
    public void C1_R05_WithinFiveMillimetresOutsideAZoneCountsAsInside(double x, RuleOutcome expected, bool named)
    {
        var r05 = Appraise(Proposal(x, 0, PoleClass.A2b))["R05"];
        Assert.Equal(expected, r05.Outcome);
        Assert.Equal(named, NamesTolerance(r05));
    }

    [Theory]
    [InlineData(1999.996, RuleOutcome.Fail, true)] // 4 mm west of the tourist zone: must be camouflaged, and 15 m at most
    [InlineData(1999.994, RuleOutcome.NotApplicable, false)]
    public void C1_R06AndR07_AZoneReachedByTheToleranceBindsAndSaysSo(double x, RuleOutcome r06Expected, bool named)
    {
        var result = Appraise(Proposal(x, 3000, PoleClass.A1b, 20));
        Assert.Equal(r06Expected, result["R06"].Outcome);
        Assert.Equal(named, NamesTolerance(result["R06"]));
        Assert.Equal(named ? RuleOutcome.Fail : RuleOutcome.Pass, result["R07"].Outcome);
        Assert.Equal(named, NamesTolerance(result["R07"]));
    }

    // 1. The tolerance is named only when it decided: where a zone or area that holds the site without the 5 mm objects too, the
    // outcome would be the same without them, and that zone or area is the one named.
    [Fact]
    public void C1_R05AndR08_AZoneThatHoldsTheSiteWithoutTheToleranceIsNamedWithoutIt()
    {
        // A street zone (A1 and A2a only, planned positions required) begins where the urban zone ends, at x = −2 000: a site
        // 4 mm east of that edge is in the street zone outright and in the urban zone only by the tolerance. Both refuse A2b.
        var plan = new ToyPlan();
        plan.Zones.Add(
            new TelecomGis.Core.Planning.PlanZone(
                "Z-STREET",
                "Phố chính",
                "main_street",
                PoleClassSet.Parse("A1a|A1b|A2a"),
                30,
                false,
                true,
                true,
                Box(-2000, -100, -1000, 100)
            )
        );
        var result = Appraise(Proposal(-1999.996, 0, PoleClass.A2b), plan);
        Assert.Equal(RuleOutcome.Fail, result["R05"].Outcome);
        Assert.Equal("Z-STREET", result["R05"].DecidingFeature!.Id);
        Assert.False(NamesTolerance(result["R05"]));
        Assert.Equal(RuleOutcome.Fail, result["R08"].Outcome);
        Assert.Contains("Phố chính", result["R08"].MessageEn, StringComparison.Ordinal);
        Assert.False(NamesTolerance(result["R08"]));
    }

    [Theory]
    [InlineData(15, 20, false)] // a bay zone with the tourist zone's own limits: it decides R06 and R07 without the tolerance
    [InlineData(18, 20, false)] // a higher maximum, still under the 20 m pole: R07 fails without the tolerance, at the tourist zone's 15 m
    [InlineData(18, 16, true)] // 16 m passes the bay zone's 18 m: only the tourist zone, by the tolerance, refuses it
    public void C1_R06AndR07_TheToleranceIsNamedOnlyWhereNoZoneHoldingTheSiteOutrightObjects(double bayMaxM, double heightM, bool r07Named)
    {
        // A camouflage zone west of the tourist zone, meeting it at x = 2 000; the site is 4 mm west of that edge.
        var plan = new ToyPlan();
        plan.Zones.Add(
            new TelecomGis.Core.Planning.PlanZone(
                "Z-BAY",
                "Vịnh",
                "bay",
                PoleClassSet.All,
                bayMaxM,
                true,
                false,
                false,
                Box(1000, 2000, 2000, 4000)
            )
        );
        var result = Appraise(Proposal(1999.996, 3000, PoleClass.A1b, heightM), plan);
        Assert.Equal(RuleOutcome.Fail, result["R06"].Outcome);
        Assert.Equal("Z-BAY", result["R06"].DecidingFeature!.Id);
        Assert.False(NamesTolerance(result["R06"]));
        Assert.Equal(RuleOutcome.Fail, result["R07"].Outcome);
        Assert.Equal(bayMaxM == 15 ? "Z-BAY" : "Z-TOURIST", result["R07"].DecidingFeature!.Id);
        Assert.Equal(r07Named, NamesTolerance(result["R07"]));
    }

    [Fact]
    public void C1_R03_AnAreaThatReachesTheSiteWithoutTheToleranceIsNamedBeforeANearerOneThatReachesItOnlyByThem()
    {
        // 4 mm beyond the heritage core's 100 m buffer, and 149.996 m from another prohibited area with a 200 m buffer.
        var plan = new ToyPlan();
        plan.Areas.Add(
            new TelecomGis.Core.Planning.RestrictedArea(
                "R-HER2",
                "Di tích thứ hai",
                "heritage_core",
                TelecomGis.Core.Planning.RestrictionEffect.Prohibit,
                200,
                "Sở Văn hóa",
                Box(6200, 5750, 6300, 5800)
            )
        );
        var r03 = Appraise(Proposal(6250, 5600.004, PoleClass.A1b), plan)["R03"];
        Assert.Equal(RuleOutcome.Fail, r03.Outcome);
        Assert.Equal("R-HER2", r03.DecidingFeature!.Id);
        Assert.False(NamesTolerance(r03));
    }

    [Theory]
    [InlineData(45, true)] // a top at 55 m: under the conical surface's 55.0002 m without the tolerance, so the tolerance decided
    [InlineData(46, false)] // a top at 56 m: through the conical surface too, so the tolerance decided nothing
    public void C1_R10_TheToleranceIsNamedOnlyWhenTheTopWouldStayBelowEverySurfaceWithoutIt(double heightM, bool named)
    {
        // 4 mm beyond the inner horizontal surface's 4 000 m.
        var r10 = Appraise(Proposal(-500, -3999.996, heightM: heightM, groundM: 10))["R10"];
        Assert.Equal(RuleOutcome.Consult, r10.Outcome);
        Assert.Contains("inner horizontal", r10.MessageEn, StringComparison.Ordinal);
        Assert.Equal(named, NamesTolerance(r10));
    }

    [Theory]
    [InlineData(500.004, RuleOutcome.Fail, true)] // under the minimum by the tolerance
    [InlineData(499.0, RuleOutcome.Fail, false)]
    [InlineData(500.006, RuleOutcome.Pass, false)]
    public void C1_R09_ADistanceWithinFiveMillimetresAboveTheMinimumCountsAsUnder(double distance, RuleOutcome expected, bool named)
    {
        var r09 = Appraise(Proposal(8000, 8000), new ToyPlan().WithSite("S-1", "VNPT", 8000 + distance, 8000))["R09"];
        Assert.Equal(expected, r09.Outcome);
        Assert.Equal(named, NamesTolerance(r09));
    }

    [Theory]
    [InlineData(99.996, RuleOutcome.Fail, true)] // within the tolerance by 4 mm only: not taken as within
    [InlineData(100.0, RuleOutcome.Fail, true)]
    [InlineData(99.994, RuleOutcome.Pass, false)]
    [InlineData(100.004, RuleOutcome.Fail, false)]
    public void C1_R08_BeingWithinAPositionsToleranceMustHoldByMoreThanFiveMillimetres(double distance, RuleOutcome expected, bool named)
    {
        var plan = new ToyPlan().WithPosition("P-1", null, -5000, distance);
        var r08 = Appraise(Proposal(-5000, 0, PoleClass.A2a, 12), plan)["R08"];
        Assert.Equal(expected, r08.Outcome);
        Assert.Equal("P-1", r08.DecidingFeature!.Id);
        Assert.Equal(named, NamesTolerance(r08));
    }

    [Theory]
    [InlineData(9999.994, RuleOutcome.Pass, false)]
    [InlineData(9999.996, RuleOutcome.Fail, true)] // 4 mm inside the boundary: not taken as inside the province
    [InlineData(10000, RuleOutcome.Fail, true)] // on the boundary
    [InlineData(10000.004, RuleOutcome.Fail, false)]
    public void C1_R01_BeingInsideTheProvinceMustHoldByMoreThanFiveMillimetres(double x, RuleOutcome expected, bool named)
    {
        var r01 = Appraise(Proposal(x, 0))["R01"];
        Assert.Equal(expected, r01.Outcome);
        Assert.Equal(named, NamesTolerance(r01));
    }

    [Theory]
    [InlineData(-3999.996, true)] // 4 mm beyond the inner horizontal surface's 4 000 m: still under it (55 m): a top at 55 m reaches it
    [InlineData(-3999.994, false)] // 6 mm beyond: under the conical surface, 0.3 mm higher: the same top stays below
    public void C1_R10_WithinFiveMillimetresOutsideASurfaceLiesUnderIt(double y, bool innerHorizontal)
    {
        // Abeam the runway's middle (x = −500), 4 000 m north of the centre line is the inner horizontal surface's edge at 55 m.
        var r10 = Appraise(Proposal(-500, y, heightM: 45, groundM: 10))["R10"];
        Assert.Equal(innerHorizontal ? RuleOutcome.Consult : RuleOutcome.Pass, r10.Outcome);
        Assert.Equal(innerHorizontal, r10.MessageEn.Contains("inner horizontal", StringComparison.Ordinal));
        Assert.Equal(innerHorizontal, NamesTolerance(r10));
    }

    [Theory]
    [InlineData(8006.3, RuleOutcome.Warn)] // the compliance distance is 6.308 m: 8006.3 is within it
    [InlineData(8006.4, RuleOutcome.Pass)]
    public void C1_R12_TheComplianceDistanceCountsTowardsCaution(double y, RuleOutcome expected)
    {
        var sectors = new[] { new Sector(0, 1800, 60, Technology.G4) };
        Assert.Equal(expected, Appraise(Proposal(8000, 8000, sectors: sectors), new ToyPlan().WithSchool("T1", 8000, y))["R12"].Outcome);
    }

    // 9. Without a ground elevation R10 assumes the aerodrome's elevation and says so; with a terrain model it says the ground came from it.
    [Fact]
    public void C9_R10_SaysWhereTheGroundElevationCameFrom()
    {
        var site = Proposal(0, -6000, heightM: 40); // no declared ground
        var assumed = Appraise(site)["R10"];
        Assert.Equal(-5.0, assumed.MeasuredValue!.Value, 1); // 10 (aerodrome) + 40 = 50 m under 55 m
        Assert.Contains("taken as the aerodrome's 10.0 m", assumed.MessageEn, StringComparison.Ordinal);
        Assert.Contains("tạm lấy bằng cao độ sân bay 10,0 m", assumed.MessageVi, StringComparison.Ordinal);
        // An aerodrome the plan gives no Vietnamese name is "sân bay" and its ICAO code in Vietnamese, never its source's name.
        Assert.Contains("thấp hơn mặt ngang trong của sân bay TEST (55,0 m)", assumed.MessageVi, StringComparison.Ordinal);
        Assert.Equal("sân bay TEST", assumed.DecidingFeature!.Name);

        var (sw, ne) = (Pt(-30000, -30000), Pt(30000, 30000));
        var dem = new TelecomGis.Core.Terrain.ElevationGrid(sw.X, ne.Y, ne.X - sw.X, ne.Y - sw.Y, 2, 2, [20f, 20f, 20f, 20f]);
        var engine = new AppraisalEngine(
            new TelecomGis.Core.Spatial.PlanIndex(new ToyPlan().Build(), new DateOnly(2026, 1, 1)),
            terrain: dem
        );
        var read = engine.Appraise(site)["R10"];
        Assert.Equal(5.0, read.MeasuredValue!.Value, 1); // 20 + 40 = 60 m: 5 m through 55 m
        Assert.Contains("from the terrain model", read.MessageEn, StringComparison.Ordinal);
        Assert.Contains("lấy từ mô hình số độ cao", read.MessageVi, StringComparison.Ordinal);
        Assert.DoesNotContain("aerodrome's", read.MessageEn, StringComparison.Ordinal);

        var declared = Appraise(site with { GroundElevationM = 12 })["R10"];
        Assert.DoesNotContain("terrain model", declared.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain("taken as the aerodrome", declared.MessageEn, StringComparison.Ordinal);
    }

    // 5. Sharing is a claim to check: the site exists, lies within R09.share_tolerance, and the equipment fits its height.
    [Fact]
    public void C5_R09_SharingAnUnknownSiteFails()
    {
        var r09 = Appraise(Proposal(8000, 8000, shares: "S-404"), new ToyPlan().WithSite("S-1", "VNPT", 8000, 8010))["R09"];
        Assert.Equal(RuleOutcome.Fail, r09.Outcome);
        Assert.Contains("S-404", r09.MessageVi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(29.9, RuleOutcome.Pass, false)]
    [InlineData(29.996, RuleOutcome.Fail, true)] // within 30 m by 4 mm only: not within, in the direction of caution
    [InlineData(30.5, RuleOutcome.Fail, false)]
    public void C5_R09_TheDeclaredCoordinatesMustLieWithinTheShareToleranceOfTheSite(double distance, RuleOutcome expected, bool named)
    {
        var plan = new ToyPlan().WithSite("S-1", "VNPT", 8000, 8000 + distance);
        var result = Appraise(Proposal(8000, 8000, heightM: 30, shares: "S-1"), plan);
        var r09 = result["R09"];
        Assert.Equal(expected, r09.Outcome);
        Assert.Equal(distance, r09.MeasuredValue!.Value, 1);
        Assert.Equal(30, r09.Threshold);
        Assert.Equal("S-1", r09.DecidingFeature!.Id);
        Assert.Equal(named, NamesTolerance(r09));
        if (expected == RuleOutcome.Fail)
            Assert.Contains(Figures.EnM(distance), r09.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(43.0, RuleOutcome.Pass)] // the existing structure is 40 m: 3 m over it is the margin
    [InlineData(43.1, RuleOutcome.Fail)]
    public void C5_R09_TheEquipmentsTopMayNotExceedTheExistingStructureByMoreThanTheMargin(double height, RuleOutcome expected)
    {
        var plan = new ToyPlan().WithSite("S-1", "VNPT", 8000, 8010, PoleClass.A2b, 40);
        var r09 = Appraise(Proposal(8000, 8000, heightM: height, shares: "S-1"), plan)["R09"];
        Assert.Equal(expected, r09.Outcome);
        if (expected == RuleOutcome.Fail)
            Assert.Equal(3, r09.Threshold);
    }

    [Fact]
    public void C5_R08IsSkippedOnlyWhenTheClaimHolds()
    {
        // Urban zone (planned positions required; no position here). An existing A2a site 10 m away; another 100 m away.
        var plan = new ToyPlan()
            .WithSite("S-1", "VNPT", -5000, 10, PoleClass.A2a, 20)
            .WithSite("S-FAR", "VNPT", -5000, 100, PoleClass.A2a, 20);
        var holds = Appraise(Proposal(-5000, 0, PoleClass.A2a, 20, shares: "S-1"), plan);
        Assert.Equal(RuleOutcome.NotApplicable, holds["R08"].Outcome);
        Assert.Equal(RuleOutcome.Pass, holds["R09"].Outcome);

        var tooFar = Appraise(Proposal(-5000, 0, PoleClass.A2a, 20, shares: "S-FAR"), plan);
        Assert.Equal(RuleOutcome.Fail, tooFar["R09"].Outcome);
        Assert.Equal(RuleOutcome.Fail, tooFar["R08"].Outcome); // judged as a new structure: no planned position
    }

    [Fact]
    public void C5_ASharedSiteIsJudgedByTheExistingStructuresRecord()
    {
        // The tourist zone (A1 only, camouflaged, 15 m): an existing 18 m A2b tower predates the plan (clarification 10).
        var plan = new ToyPlan().WithSite("S-OLD", "VNPT", 3000, 3010, PoleClass.A2b, 18);
        // The carrier declares a camouflaged 12 m A1b: its declaration would conform, the structure it goes onto does not.
        var shared = Appraise(Proposal(3000, 3000, PoleClass.A1b, 12, camouflaged: true, shares: "S-OLD"), plan);
        Assert.Equal(RuleOutcome.Pass, shared["R09"].Outcome);
        Assert.Equal(RuleOutcome.Fail, shared["R05"].Outcome);
        Assert.Contains("S-OLD", shared["R05"].MessageEn, StringComparison.Ordinal);
        Assert.Equal(RuleOutcome.Fail, shared["R06"].Outcome);
        Assert.Equal(RuleOutcome.Fail, shared["R07"].Outcome);
        Assert.Equal(18.0, shared["R07"].MeasuredValue);

        // R11 and R10 read the record's height: a 50 m tower shared by a carrier that declares 48 m.
        var tall = new ToyPlan().WithSite("S-TALL", "VNPT", 0, -6000, PoleClass.A2b, 50);
        var onTall = Appraise(Proposal(0, -6010, PoleClass.A2b, 48, groundM: 10, shares: "S-TALL"), tall);
        Assert.Equal(50.0, onTall["R11"].MeasuredValue);
        Assert.Equal(RuleOutcome.Consult, onTall["R11"].Outcome);
        Assert.Equal(5.0, onTall["R10"].MeasuredValue!.Value, 1); // 10 + 50 − 55
    }

    // 5 with 3. "The declared top" is the top above natural ground: building + pole for a rooftop class, against the existing top.
    [Theory]
    [InlineData(3.0, RuleOutcome.Pass)] // 30 + 3 = 33 m: the 30 m tower plus the 3 m margin
    [InlineData(6.0, RuleOutcome.Fail)] // 30 + 6 = 36 m: 6 m over the tower, though the 6 m pole alone is far under it
    public void C5_R09_ARooftopDeclarationsTopIncludesItsBuilding(double poleM, RuleOutcome expected)
    {
        var plan = new ToyPlan().WithSite("S-1", "VNPT", 8000, 8010, PoleClass.A2b, 30);
        var site = Proposal(8000, 8000, PoleClass.A1a, poleM, shares: "S-1") with { BuildingHeightM = 30 };
        var r09 = Appraise(site, plan)["R09"];
        Assert.Equal(expected, r09.Outcome);
        if (expected == RuleOutcome.Fail)
        {
            Assert.Equal(6.0, r09.MeasuredValue);
            Assert.Equal(3, r09.Threshold);
            Assert.Contains("declared top of 36.0 m", r09.MessageEn, StringComparison.Ordinal);
            Assert.Contains("top of 30.0 m", r09.MessageEn, StringComparison.Ordinal);
            Assert.Contains("Độ cao đỉnh khai báo 36,0 m", r09.MessageVi, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void C5_ASharedRooftopStructureIsJudgedWithItsRecordsBuildingHeight()
    {
        // An existing 10 m A2a pole on a 40 m building (the record's): its top is 50 m above natural ground.
        var plan = new ToyPlan().WithSite("S-ROOF", "VNPT", 8000, 8010, PoleClass.A2a, 10);
        plan.Sites[0] = plan.Sites[0] with { BuildingHeightM = 40 };
        // The carrier declares the building as 30 m: its top of 40 m fits under the existing 50 m.
        var shared = Appraise(Proposal(8000, 8000, PoleClass.A2a, 10, shares: "S-ROOF") with { BuildingHeightM = 30 }, plan);
        Assert.Equal(RuleOutcome.Pass, shared["R09"].Outcome);
        Assert.Equal(50.0, shared["R11"].MeasuredValue); // the record's 40 + 10, not the declared 30 + 10
        Assert.Equal(RuleOutcome.Consult, shared["R11"].Outcome);
        Assert.Equal(10.0, shared["R07"].MeasuredValue);

        // A declared top more than 3 m over the record's 50 m does not fit.
        var tooHigh = Appraise(Proposal(8000, 8000, PoleClass.A2a, 14, shares: "S-ROOF") with { BuildingHeightM = 40 }, plan)["R09"];
        Assert.Equal(RuleOutcome.Fail, tooHigh.Outcome);
        Assert.Equal(4.0, tooHigh.MeasuredValue);

        // Where the record gives no building height, the carrier's stands for it: 12 m on a 20 m building against 10 + 20 = 30 m.
        var unknown = new ToyPlan().WithSite("S-ROOF", "VNPT", 8000, 8010, PoleClass.A2a, 10);
        var onUnknown = Appraise(Proposal(8000, 8000, PoleClass.A2a, 12, shares: "S-ROOF") with { BuildingHeightM = 20 }, unknown);
        Assert.Equal(RuleOutcome.Pass, onUnknown["R09"].Outcome);
        Assert.Equal(30.0, onUnknown["R11"].MeasuredValue);
    }

    // 4. A position qualifies only if open to the carrier, allowing the class and the height; a nearer one within the tolerance
    // that fails on class or height is named with the limit it breaks.
    [Fact]
    public void C4_R08_ANearerPositionThatFailsOnHeightIsNamedWithItsLimit()
    {
        var plan = new ToyPlan().WithPosition("P-LOW", null, -5000, 10, maxHeightM: 20).WithPosition("P-OK", "Viettel", -5000, 60);
        var r08 = Appraise(Proposal(-5000, 0, PoleClass.A2a, 25), plan)["R08"];
        Assert.Equal(RuleOutcome.Pass, r08.Outcome);
        Assert.Equal("P-OK", r08.DecidingFeature!.Id);
        Assert.Contains("P-LOW", r08.MessageEn, StringComparison.Ordinal);
        Assert.Contains("maximum height of 20.0 m", r08.MessageEn, StringComparison.Ordinal);
        Assert.Contains("chiều cao tối đa 20,0 m", r08.MessageVi, StringComparison.Ordinal);

        // At 20 m the nearer position qualifies and nothing else is named.
        var fits = Appraise(Proposal(-5000, 0, PoleClass.A2a, 20), plan)["R08"];
        Assert.Equal("P-LOW", fits.DecidingFeature!.Id);
        Assert.DoesNotContain("unsuitable", fits.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void C4_R08_ANearerPositionThatFailsOnClassIsNamedWhenTheSiteFails()
    {
        var plan = new ToyPlan().WithPosition("P-A1", null, -5000, 10, "A1a|A1b").WithPosition("P-FAR", null, -5000, 150);
        var r08 = Appraise(Proposal(-5000, 0, PoleClass.A2a, 12), plan)["R08"];
        Assert.Equal(RuleOutcome.Fail, r08.Outcome);
        Assert.Equal("P-FAR", r08.DecidingFeature!.Id);
        Assert.Contains("P-A1", r08.MessageEn, StringComparison.Ordinal);
        Assert.Contains("allows only A1a or A1b structures, not A2a", r08.MessageEn, StringComparison.Ordinal);
        Assert.Contains("chỉ cho phép cột loại A1a hoặc A1b, không cho phép A2a", r08.MessageVi, StringComparison.Ordinal);
        Assert.Contains("P-A1", r08.MessageVi, StringComparison.Ordinal);

        // Another carrier's position does not count, and is not named as failing on class or height.
        var other = new ToyPlan().WithPosition("P-MOBI", "MobiFone", -5000, 10).WithPosition("P-FAR", null, -5000, 150);
        var r08Other = Appraise(Proposal(-5000, 0, PoleClass.A2a, 12), other)["R08"];
        Assert.Equal(RuleOutcome.Fail, r08Other.Outcome);
        Assert.DoesNotContain("P-MOBI", r08Other.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void C4_R08_ANearerPositionThatFailsOnClassAndHeightIsNamedWithBothLimits()
    {
        var plan = new ToyPlan()
            .WithPosition("P-LOW-A1", null, -5000, 10, "A1a|A1b", maxHeightM: 10)
            .WithPosition("P-FAR", null, -5000, 150);
        var r08 = Appraise(Proposal(-5000, 0, PoleClass.A2a, 12), plan)["R08"];
        Assert.Equal(RuleOutcome.Fail, r08.Outcome);
        Assert.Contains(
            "P-LOW-A1, within the tolerance (10.0 m away), is unsuitable: it allows only A1a or A1b structures, not A2a, and has a maximum height of 10.0 m, under the structure's 12.0 m.",
            r08.MessageEn,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "không phù hợp: chỉ cho phép cột loại A1a hoặc A1b, không cho phép A2a; chiều cao tối đa 10,0 m, thấp hơn chiều cao cột 12,0 m.",
            r08.MessageVi,
            StringComparison.Ordinal
        );
    }

    // 8. The inner horizontal surface: arcs of the code's radius about the runway strip's ends (runway ends + 60 m), joined by tangents.
    // The toy runway runs from (−2 000, −8 000) to (1 000, −8 000), code 4: strip ends at x = −2 060 and 1 060; surface at 55 m.
    [Theory]
    [InlineData(5059.9, "inner horizontal", RuleOutcome.Consult)] // 4 000 m beyond the strip end along the centre line: under the arc
    [InlineData(5060.004, "inner horizontal", RuleOutcome.Consult)] // 4 mm outside the arc: inside by the tolerance
    [InlineData(5060.5, "conical", RuleOutcome.Pass)] // beyond the arc, the conical surface has risen 2.5 cm
    public void C8_R10_TheInnerHorizontalSurfaceReachesTheRadiusBeyondTheStripEnd(double x, string surface, RuleOutcome expected)
    {
        var r10 = Appraise(Proposal(x, -8000, heightM: 45, groundM: 10))["R10"];
        Assert.Equal(expected, r10.Outcome);
        Assert.Contains(surface, r10.MessageEn, StringComparison.Ordinal);
        if (expected == RuleOutcome.Consult)
            Assert.Equal(0.0, r10.MeasuredValue);
    }

    [Fact]
    public void C8_R10_DiagonallyOffTheStripEndTheArcIsCentredOnTheStripEnd()
    {
        // 45° off the strip end (1 060, −8 000), 3 999.9 m from it: 4 042 m from the runway end, so the conical surface of a
        // racetrack round the runway (57.1 m) would have let a top at 55 m pass; under the strip-end arc it reaches 55 m.
        var (dx, dy) = (3999.9 * Math.Cos(Math.PI / 4), 3999.9 * Math.Sin(Math.PI / 4));
        var r10 = Appraise(Proposal(1060 + dx, -8000 + dy, heightM: 45, groundM: 10))["R10"];
        Assert.Equal(RuleOutcome.Consult, r10.Outcome);
        Assert.Contains("inner horizontal", r10.MessageEn, StringComparison.Ordinal);
        Assert.Equal(0.0, r10.MeasuredValue);

        // 4 000.1 m from the strip end: the conical surface, 55.005 m.
        var (fx, fy) = (4000.1 * Math.Cos(Math.PI / 4), 4000.1 * Math.Sin(Math.PI / 4));
        var beyond = Appraise(Proposal(1060 + fx, -8000 + fy, heightM: 45, groundM: 10))["R10"];
        Assert.Equal(RuleOutcome.Pass, beyond.Outcome);
        Assert.Contains("conical", beyond.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 30, 2000)]
    [InlineData(2, 60, 2500)]
    [InlineData(3, 60, 4000)]
    public void C8_R10_TheStripExtensionAndRadiusFollowTheCodeNumber(int code, double extension, double radius)
    {
        var plan = new ToyPlan();
        plan.Airports[0] = plan.Airports[0] with { CodeNumber = code };
        // 45° off the strip end, clear of the approach surface.
        ProposedSite At(double r) =>
            Proposal(1000 + extension + r * Math.Cos(Math.PI / 4), -8000 + r * Math.Sin(Math.PI / 4), heightM: 45, groundM: 10);
        Assert.Contains("inner horizontal", Appraise(At(radius - 0.1), plan)["R10"].MessageEn, StringComparison.Ordinal);
        Assert.Contains("conical", Appraise(At(radius + 0.1), plan)["R10"].MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void C8_TheFootprintsFollowTheSameOutline()
    {
        var index = new TelecomGis.Core.Spatial.PlanIndex(new ToyPlan().Build(), new DateOnly(2026, 1, 1));
        var airport = index.Airports[0];
        var footprints = index.ObstacleSurfaces.Footprints(airport);
        var inner = footprints.Single(f => f.Surface == "inner_horizontal").Outline;
        var conical = footprints.Single(f => f.Surface == "conical").Outline;
        NetTopologySuite.Geometries.Point At(double x, double y) =>
            inner.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(OriginE + x, OriginN + y));
        // Along the centre line, 4 000 m beyond the strip end (and no farther); abeam, 4 000 m from the centre line.
        Assert.True(inner.Covers(At(5059, -8000)));
        Assert.False(inner.Covers(At(5061, -8000)));
        Assert.True(conical.Covers(At(5061, -8000)));
        Assert.True(inner.Covers(At(-500, -4000.5)));
        var (dx, dy) = (3998 * Math.Cos(Math.PI / 4), 3998 * Math.Sin(Math.PI / 4));
        Assert.True(inner.Covers(At(1060 + dx, -8000 + dy))); // the arc about the strip end, not the runway end
        // The conical surface starts at that outline and reaches 100 m / 5 % = 2 000 m beyond it.
        Assert.True(conical.Covers(At(1060 + 5999, -8000)));
        Assert.False(conical.Covers(At(1060 + 6001, -8000)));
    }

    // 10. Existing structures may break today's plan: not an error in the data, and not held against a new site elsewhere.
    [Fact]
    public void C10_ExistingStructuresThatBreakTodaysPlanAreNotADataError()
    {
        var plan = new ToyPlan()
            .WithSite("S-HERITAGE", "VNPT", 6250, 5250) // inside the prohibited heritage core
            .WithSite("S-URBAN-A2B", "Viettel", -6000, 0, PoleClass.A2b, 45) // A2b where the urban zone allows A1/A2a, over 30 m
            .WithSite("S-TOURIST", "MobiFone", 3000, 3000, PoleClass.A2b, 80); // bulky, uncamouflaged, 80 m in the tourist zone
        var built = plan.Build();
        Assert.Empty(TelecomGis.Core.Planning.RuleTableLimits.Problems(built.Rules));
        var engine = plan.Engine(); // the index builds: nothing checks the register against the plan
        Assert.Equal(3, engine.Index.Sites.Count);

        // A new A2b tower 2 km from all of them conforms: their breaches are not its own.
        var result = engine.Appraise(Proposal(8000, 8000, heightM: 30));
        Assert.Equal(Verdict.Conforms, result.Verdict);
    }
}
