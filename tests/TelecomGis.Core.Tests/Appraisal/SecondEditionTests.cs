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
}
