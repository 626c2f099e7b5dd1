using TelecomGis.Core.Appraisal;
using static TelecomGis.Core.Tests.Appraisal.ToyPlan;

namespace TelecomGis.Core.Tests.Appraisal;

/// <summary>An appraiser's override replaces one rule's outcome and the verdict follows as the engine's own would (APPRAISAL.md).</summary>
public class OverrideTests
{
    // Inside the military area (R04 consult, R11 consult) and over the default zone's 60 m (R07 fail).
    private static readonly AppraisalResult MilitaryAndTooHigh = new ToyPlan().Engine().Appraise(Proposal(5500, -500, heightM: 61));
    private static readonly AppraisalResult Military = new ToyPlan().Engine().Appraise(Proposal(5500, -500, heightM: 33));

    private static RuleOverride Over(string ruleId, RuleOutcome outcome, string reason = "Bộ Chỉ huy Quân sự tỉnh đồng ý") =>
        new(ruleId, outcome, reason, "u-appraiser");

    [Fact]
    public void WithOverrides_PassingTheOnlyConsultationMakesTheSiteConform()
    {
        Assert.Equal(Verdict.NeedsConsultation, Military.Verdict);
        var r04 = Assert.Single(Military.Objections);
        Assert.Equal("R04", r04.RuleId);

        var overridden = Military.WithOverrides([Over("R04", RuleOutcome.Pass)]);

        Assert.Equal(Verdict.Conforms, overridden.Verdict);
        Assert.Equal(RuleOutcome.Pass, overridden["R04"].Outcome);
        Assert.Equal(RuleOutcome.Consult, overridden["R04"].EngineOutcome);
        Assert.Equal("Bộ Chỉ huy Quân sự tỉnh đồng ý", overridden["R04"].Override!.Reason);
        Assert.Equal("u-appraiser", overridden["R04"].Override!.DecidedBy);
    }

    [Fact]
    public void WithOverrides_KeepsTheEngineFiguresAndMessages()
    {
        var before = Military["R04"];
        var after = Military.WithOverrides([Over("R04", RuleOutcome.Pass)])["R04"];
        Assert.Equal(
            (before.MeasuredValue, before.Unit, before.Threshold, before.DecidingFeature, before.Citation),
            (after.MeasuredValue, after.Unit, after.Threshold, after.DecidingFeature, after.Citation)
        );
        Assert.Equal(before.MessageVi, after.MessageVi);
        Assert.Equal(before.MessageEn, after.MessageEn);
    }

    [Fact]
    public void WithOverrides_AFailStillOutweighsWhenOnlyTheConsultationIsPassed()
    {
        var overridden = MilitaryAndTooHigh.WithOverrides([Over("R04", RuleOutcome.Pass), Over("R11", RuleOutcome.Pass)]);
        Assert.Equal(Verdict.DoesNotConform, overridden.Verdict);
        Assert.Equal(["R07"], overridden.FailingRuleIds);
    }

    [Fact]
    public void WithOverrides_CanFailARuleTheEnginePassed()
    {
        var conforming = new ToyPlan().Engine().Appraise(Proposal(8000, 8000, heightM: 30));
        var overridden = conforming.WithOverrides([Over("R09", RuleOutcome.Fail, "Trạm sẽ che khuất di tích")]);
        Assert.Equal(Verdict.DoesNotConform, overridden.Verdict);
        Assert.Equal(Verdict.Conforms, conforming.Verdict);
    }

    [Fact]
    public void WithOverrides_TheLatestOverrideOfARuleStands()
    {
        var overridden = Military.WithOverrides([Over("R04", RuleOutcome.Pass, "first"), Over("R04", RuleOutcome.Fail, "second")]);
        Assert.Equal(Verdict.DoesNotConform, overridden.Verdict);
        Assert.Equal("second", overridden["R04"].Override!.Reason);
    }

    [Fact]
    public void WithOverrides_WarnAndNotApplicableDoNotObject()
    {
        Assert.Equal(Verdict.Conforms, Military.WithOverrides([Over("R04", RuleOutcome.Warn)]).Verdict);
        Assert.Equal(Verdict.Conforms, Military.WithOverrides([Over("R04", RuleOutcome.NotApplicable)]).Verdict);
    }

    [Fact]
    public void WithOverrides_WithoutOverridesReturnsTheResultItself()
    {
        Assert.Same(Military, Military.WithOverrides([]));
    }

    [Fact]
    public void WithOverrides_IgnoresRulesTheResultDoesNotHold()
    {
        var overridden = Military.WithOverrides([Over("R99", RuleOutcome.Fail)]);
        Assert.Equal(Verdict.NeedsConsultation, overridden.Verdict);
        Assert.All(overridden.Results, r => Assert.Null(r.Override));
    }

    [Fact]
    public void WithOverrides_OverridingTwiceKeepsTheEngineOutcome()
    {
        var twice = Military.WithOverrides([Over("R04", RuleOutcome.Pass)]).WithOverrides([Over("R04", RuleOutcome.Warn)]);
        Assert.Equal(RuleOutcome.Warn, twice["R04"].Outcome);
        Assert.Equal(RuleOutcome.Consult, twice["R04"].EngineOutcome);
    }

    [Fact]
    public void AResultOfTheEngineIsNotOverridden()
    {
        Assert.All(Military.Results, r =>
        {
            Assert.Null(r.Override);
            Assert.Equal(r.Outcome, r.EngineOutcome);
        });
    }

    [Fact]
    public void TheRestoredResultKeepsEveryFieldItWasSavedWith()
    {
        var feature = new FeatureRef("sites", "QN-S00042", "Hạ Long 42");
        var r = RuleResult.Restore(
            "R09",
            RuleOutcome.Fail,
            "Cách 180,0 m",
            "180.0 m away",
            measured: 180,
            unit: "m",
            against: 300,
            decidedBy: feature,
            citing: "Nghị định 32/2016/NĐ-CP"
        );
        Assert.Equal(
            ("R09", RuleOutcome.Fail, "Cách 180,0 m", "180.0 m away", 180.0, "m", 300.0, feature, "Nghị định 32/2016/NĐ-CP"),
            (
                r.RuleId,
                r.Outcome,
                r.MessageVi,
                r.MessageEn,
                r.MeasuredValue!.Value,
                r.Unit,
                r.Threshold!.Value,
                r.DecidingFeature,
                r.Citation
            )
        );
    }

    [Fact]
    public void OnlyR02AndR12AreNotDecisiveAndOnlyR01IsAPrecondition()
    {
        Assert.Equal(["R02", "R12"], AppraisalEngine.StandardRules.Where(r => !r.IsDecisive).Select(r => r.Id));
        Assert.Equal(["R01"], AppraisalEngine.StandardRules.Where(r => r.IsPrecondition).Select(r => r.Id));
    }
}
