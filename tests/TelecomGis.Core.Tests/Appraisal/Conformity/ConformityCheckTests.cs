using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Conformity;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Spatial;
using static TelecomGis.Core.Tests.Appraisal.ToyPlan;

namespace TelecomGis.Core.Tests.Appraisal.Conformity;

/// <summary>Existing structures held against a plan version, with the roadmap's deadlines (issue 11, item 3).</summary>
public class ConformityCheckTests
{
    internal static readonly DateOnly CamouflageBy = new(2027, 12, 31);
    internal static readonly DateOnly RelocateBy = new(2030, 12, 31);

    internal static ToyPlan WithRoadmap(ToyPlan plan, int camouflageYear = 2027, int relocationYear = 2030)
    {
        plan.Rules.Add(new RuleParameter("ROADMAP", "camouflage_deadline_year", camouflageYear, "year", "lộ trình thử"));
        plan.Rules.Add(new RuleParameter("ROADMAP", "relocation_deadline_year", relocationYear, "year", "lộ trình thử"));
        return plan;
    }

    internal static ConformityCheck Check(ToyPlan plan) => new(new PlanIndex(plan.Build(), new DateOnly(2026, 1, 1)));

    internal static Site Structure(
        string id,
        double x,
        double y,
        PoleClass poleClass = PoleClass.A2b,
        double heightM = 40,
        bool camouflaged = false
    ) => new(id, "Viettel", id, Pt(x, y), poleClass, heightM, camouflaged, [], []);

    [Fact]
    public void ATowerOnRuralLandWithinTheHeightConforms()
    {
        var result = Check(WithRoadmap(new ToyPlan())).Check(Structure("S-1", 8000, 8000));
        Assert.True(result.Judged);
        Assert.True(result.Conforms);
        Assert.Empty(result.Failures);
        Assert.Null(result.EarliestDeadline);
    }

    [Fact]
    public void AGroundTowerInTownBreaksTheZonesClassesAndMustMoveByTheRelocationDeadline()
    {
        var result = Check(WithRoadmap(new ToyPlan())).Check(Structure("S-1", -5000, 0, PoleClass.A2b, 25));
        var failure = Assert.Single(result.Failures);
        Assert.Equal("R05", failure.RuleId);
        Assert.Equal(RoadmapAction.Relocation, failure.Deadline!.Action);
        Assert.Equal(RelocateBy, failure.Deadline.Date);
        Assert.Equal("ROADMAP.relocation_deadline_year", failure.Deadline.Key);
        Assert.Equal("lộ trình thử", failure.Deadline.Citation);
        Assert.Equal(RelocateBy, result.EarliestDeadline);
    }

    [Fact]
    public void AnUncamouflagedTallStructureInTheTouristZoneBreaksCamouflageAndHeightEachWithItsDeadline()
    {
        var result = Check(WithRoadmap(new ToyPlan())).Check(Structure("S-1", 3000, 3000, PoleClass.A1b, 20));
        Assert.Equal(["R06", "R07"], result.Failures.Select(f => f.RuleId));
        Assert.Equal(CamouflageBy, result.Failures[0].Deadline!.Date);
        Assert.Equal(RelocateBy, result.Failures[1].Deadline!.Date);
        Assert.Equal(20.0, result.Failures[1].Rule.MeasuredValue!.Value, 1);
        Assert.Equal(CamouflageBy, result.EarliestDeadline);
    }

    [Fact]
    public void ATowerWithinAHeritageCoresBufferMustBeRelocated()
    {
        var result = Check(WithRoadmap(new ToyPlan())).Check(Structure("S-1", 6250, 4950));
        var failure = Assert.Single(result.Failures);
        Assert.Equal("R03", failure.RuleId);
        Assert.Equal(RoadmapAction.Relocation, failure.Deadline!.Action);
    }

    [Fact]
    public void AnObstacleUnderTheAirportsSurfacesIsListedWithNoPlanDeadline()
    {
        // 1 km north of the runway's centre line, inside the inner horizontal surface (45 m above the 10 m aerodrome): 58 m breaks it.
        var result = Check(WithRoadmap(new ToyPlan())).Check(Structure("S-1", -500, -7000, PoleClass.A2b, 58));
        var failure = Assert.Single(result.Failures);
        Assert.Equal("R10", failure.RuleId);
        Assert.Equal(RuleOutcome.Consult, failure.Rule.Outcome);
        Assert.Null(failure.Deadline);
    }

    [Fact]
    public void PermitStepsAndRulesForNewStructuresDoNotBindAStandingOne()
    {
        // In the military area (R04 would ask for consultation), 50 m tall (R11 would), 100 m from another tower (R09 would fail).
        var plan = WithRoadmap(new ToyPlan()).WithSite("S-0", "VNPT", 5500, -400);
        var result = Check(plan).Check(Structure("S-1", 5500, -500, PoleClass.A2b, 50));
        Assert.True(result.Conforms);
        Assert.Equal(["R01", "R03", "R05", "R06", "R07", "R10"], ConformityCheck.Rules.Select(r => r.Id));
    }

    [Fact]
    public void APlanWithoutARoadmapListsTheFailuresWithNoDeadline()
    {
        var result = Check(new ToyPlan()).Check(Structure("S-1", -5000, 0, PoleClass.A2b, 25));
        Assert.Equal("R05", Assert.Single(result.Failures).RuleId);
        Assert.Null(result.Failures[0].Deadline);
    }

    [Fact]
    public void AStructureOutsideTheProvinceIsNotJudged()
    {
        var result = Check(new ToyPlan()).Check(Structure("S-1", 10500, 0));
        Assert.False(result.Judged);
        Assert.False(result.Conforms);
        Assert.Empty(result.Failures);
    }

    [Fact]
    public void ARooftopStructureIsJudgedWithItsBuildingHeightUnderTheAirportsSurfaces()
    {
        // The inner horizontal surface is 45 m above the 10 m aerodrome, i.e. 55 m above sea level, and the ground is taken as the
        // aerodrome's: 20 m on a 20 m building tops out at 50 m and passes; on a 30 m building at 60 m and does not.
        var check = Check(new ToyPlan());
        var low = Structure("S-1", 3000, -7000, PoleClass.A2a, 20) with { BuildingHeightM = 20 };
        Assert.DoesNotContain(check.Check(low).Failures, f => f.RuleId == "R10");
        Assert.Contains(check.Check(low with { BuildingHeightM = 30 }).Failures, f => f.RuleId == "R10");
    }

    [Fact]
    public void CheckAllLeavesPendingProposalsToTheDeskKeepsTheOrderAndAgreesWithOneByOne()
    {
        var check = Check(WithRoadmap(new ToyPlan()));
        var random = new Random(11);
        var structures = Enumerable
            .Range(0, 2000)
            .Select(i =>
                Structure($"S-{i}", random.Next(-9900, 9900), random.Next(-9900, 9900), (PoleClass)random.Next(5), random.Next(3, 60))
            )
            .ToList();
        structures.Add(Structure("P-1", -5000, 0) with { Standing = RegisterStanding.PendingProposal(new DateOnly(2026, 11, 1), "HS-1") });
        var all = check.CheckAll(structures);
        Assert.Equal(2000, all.Count);
        Assert.DoesNotContain(all, r => r.SiteId == "P-1");
        for (var i = 0; i < all.Count; i++)
        {
            Assert.Equal(structures[i].Id, all[i].SiteId);
            Assert.Equal(check.Check(structures[i]).Failures.Select(f => f.RuleId), all[i].Failures.Select(f => f.RuleId));
        }
        Assert.Contains(all, r => !r.Conforms);
        Assert.Contains(all, r => r.Conforms);
    }
}
