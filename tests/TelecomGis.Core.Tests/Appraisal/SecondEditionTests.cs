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
}
