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
}
