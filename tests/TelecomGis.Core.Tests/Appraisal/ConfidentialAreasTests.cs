using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Appraisal.Rules;
using static TelecomGis.Core.Tests.Appraisal.ToyPlan;

namespace TelecomGis.Core.Tests.Appraisal;

/// <summary>
/// Outside the department an appraisal says a military or security area's authority must be consulted and nothing of the area:
/// no name, id, distance or threshold, while the outcome, the verdict and an appraiser's override stay.
/// </summary>
public class ConfidentialAreasTests
{
    // Inside the toy plan's military area "Khu quân sự K1" (R04 consult) and over the default zone's 60 m (R07 fail).
    private static readonly AppraisalResult Military = new ToyPlan().Engine().Appraise(Proposal(5500, -500, heightM: 61));

    [Fact]
    public void Redact_KeepsR04sOutcomeAndTheVerdict_AndSaysOnlyThatTheMilitaryCommandMustBeConsulted()
    {
        Assert.Equal("R-MIL", Military["R04"].DecidingFeature?.Id);
        var redacted = ConfidentialAreas.Redact(Military);

        var r04 = redacted["R04"];
        Assert.Equal(RuleOutcome.Consult, r04.Outcome);
        Assert.Equal(Military.Verdict, redacted.Verdict);
        Assert.Equal(R04MilitaryArea.WithheldVi, r04.MessageVi);
        Assert.Equal(R04MilitaryArea.WithheldEn, r04.MessageEn);
        Assert.Contains("Bộ Chỉ huy Quân sự tỉnh", r04.MessageVi);
        Assert.DoesNotContain("K1", r04.MessageVi);
        Assert.DoesNotContain("K1", r04.MessageEn);
        Assert.Equal((null, null, null, null), (r04.DecidingFeature, r04.MeasuredValue, r04.Unit, r04.Threshold));
        Assert.Equal(Military["R04"].Citation, r04.Citation);
    }

    [Fact]
    public void Redact_LeavesEveryOtherRuleAsItIs()
    {
        var redacted = ConfidentialAreas.Redact(Military);
        foreach (var r in Military.Results.Where(r => r.RuleId != "R04"))
            Assert.Same(r, redacted[r.RuleId]);
    }

    [Fact]
    public void Redact_KeepsAnAppraisersOverride_AndItsReason()
    {
        var overridden = Military.WithOverrides([new RuleOverride("R04", RuleOutcome.Pass, "Bộ Chỉ huy Quân sự tỉnh đồng ý", "u-a")]);
        var r04 = ConfidentialAreas.Redact(overridden)["R04"];
        Assert.Equal((RuleOutcome.Pass, RuleOutcome.Consult), (r04.Outcome, r04.EngineOutcome));
        Assert.Equal("Bộ Chỉ huy Quân sự tỉnh đồng ý", r04.Override?.Reason);
        Assert.Null(r04.DecidingFeature);
        Assert.Equal(overridden.Verdict, ConfidentialAreas.Redact(overridden).Verdict);
    }

    [Fact]
    public void Redact_ReturnsASiteOutsideEveryMilitaryAreaAsItIs()
    {
        var elsewhere = new ToyPlan().Engine().Appraise(Proposal(8000, 8000, heightM: 30));
        Assert.Same(elsewhere, ConfidentialAreas.Redact(elsewhere));
    }
}
