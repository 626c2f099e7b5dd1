using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Infrastructure;
using static TelecomGis.Core.Tests.Appraisal.ToyPlan;

namespace TelecomGis.Core.Tests.Appraisal;

public class VerdictTests
{
    [Fact]
    public void ARuralTowerClearOfEverythingConforms()
    {
        var result = new ToyPlan().Engine().Appraise(Proposal(8000, 8000, heightM: 30));
        Assert.Equal(Verdict.Conforms, result.Verdict);
        Assert.Empty(result.FailingRuleIds);
        Assert.Equal(12, result.Results.Count);
    }

    [Fact]
    public void AFailOutweighsAConsultation()
    {
        // Inside the military area (consult) and over the default zone's 60 m (fail).
        var result = new ToyPlan().Engine().Appraise(Proposal(5500, -500, heightM: 61));
        Assert.Equal(Verdict.DoesNotConform, result.Verdict);
        Assert.Equal(["R04", "R07", "R11"], result.FailingRuleIds);
    }

    [Fact]
    public void AConsultationWithoutFailNeedsConsultation()
    {
        var result = new ToyPlan().Engine().Appraise(Proposal(5500, -500, heightM: 33));
        Assert.Equal(Verdict.NeedsConsultation, result.Verdict);
    }

    [Fact]
    public void WarningsDoNotChangeTheVerdict()
    {
        var result = new ToyPlan().Engine().Appraise(Proposal(8000, 8000, commune: "00001"));
        Assert.Equal(RuleOutcome.Warn, result["R02"].Outcome);
        Assert.Equal(Verdict.Conforms, result.Verdict);
    }

    [Fact]
    public void EveryRuleResultCarriesBothLanguages()
    {
        var result = new ToyPlan().Engine().Appraise(Proposal(5500, -500, heightM: 61));
        Assert.All(result.Results, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.MessageVi));
            Assert.False(string.IsNullOrWhiteSpace(r.MessageEn));
        });
    }

    [Fact]
    public void WhereWouldItConform_FindsTheNearestPointOutsideTheSpacingRadius()
    {
        // An existing A2b tower 100 m north: the A2b spacing is 500 m and "within" includes 500 m, so (0, −400) fails and the
        // nearest conforming grid points (step 25 m) are (±25, −400), 400.8 m away on a bearing of about 180°.
        var plan = new ToyPlan().WithSite("S-1", "VNPT", 8000, 8100);
        var engine = plan.Engine();
        var site = Proposal(8000, 8000);
        Assert.Equal(Verdict.DoesNotConform, engine.Appraise(site).Verdict);

        var alternative = engine.FindConformingAlternative(site);
        Assert.True(alternative.Found);
        Assert.Equal(400.8, alternative.DistanceM!.Value, 1);
        Assert.InRange(alternative.BearingDeg!.Value, 176, 184);
        var moved = site with { LonDeg = alternative.LonDeg!.Value, LatDeg = alternative.LatDeg!.Value };
        Assert.Equal(Verdict.Conforms, engine.Appraise(moved).Verdict);
        Assert.Equal("S-1", Assert.Single(alternative.SitesToShare).Feature.Id);
    }

    [Fact]
    public void WhereWouldItConform_ReportsNothingWhenTheWholeRadiusFails()
    {
        // 80 m is over every zone's maximum (60 m at most), so no point within 1 km can conform.
        var engine = new ToyPlan().Engine();
        var alternative = engine.FindConformingAlternative(Proposal(8000, 8000, heightM: 80));
        Assert.False(alternative.Found);
        Assert.Equal(1000, alternative.SearchRadiusM);
    }
}
