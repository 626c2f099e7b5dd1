using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Infrastructure;
using static TelecomGis.Core.Tests.Appraisal.ToyPlan;

namespace TelecomGis.Core.Tests.Appraisal;

/// <summary>R09 reads the register's structures whatever their standing and names it (issue 11, item 6).</summary>
public class RegisterStandingTests
{
    private static RuleResult R09(ToyPlan plan, ProposedSite? site = null) => plan.Engine().Appraise(site ?? Proposal(8000, 8000))["R09"];

    [Fact]
    public void R09_ASiteWithNoRegisterRecordReadsAsInOperation()
    {
        var site = new ToyPlan().WithSite("S-1", "VNPT", 8000, 8100).Sites[0];
        Assert.Equal(RegisterStanding.InOperation, site.Standing);
        Assert.Null(site.BackupPowerHours);
        Assert.False(site.CriticalSite);
        var r09 = R09(new ToyPlan().WithSite("S-1", "VNPT", 8000, 8100));
        Assert.Equal(
            "Cách trạm hiện có S-1 (VNPT, cột A2b) 100,0 m, chưa vượt khoảng cách tối thiểu 500,0 m: đề nghị dùng chung trạm này.",
            r09.MessageVi
        );
    }

    [Fact]
    public void R09_AnApprovedStructureNotYetBuiltCountsAndIsNamedByItsLetter()
    {
        var approved = RegisterStanding.ApprovedNotBuilt("123/STTTT-BCVT", new DateOnly(2026, 10, 5), "HS-2026-0042");
        var r09 = R09(new ToyPlan().WithSite("A-7", "Viettel", 8000, 8100, standing: approved));
        Assert.Equal(RuleOutcome.Fail, r09.Outcome);
        Assert.Equal(100.0, r09.MeasuredValue!.Value, 1);
        Assert.Contains("đã được chấp thuận theo văn bản số 123/STTTT-BCVT ngày 05/10/2026", r09.MessageVi);
        Assert.Contains("hồ sơ HS-2026-0042, chưa xây dựng", r09.MessageVi);
        Assert.Contains("công trình A-7 (Viettel, cột A2b)", r09.MessageVi);
        Assert.Contains("approved by letter No. 123/STTTT-BCVT of 05/10/2026", r09.MessageEn);
        Assert.Contains("not yet built", r09.MessageEn);
        Assert.Equal("A-7", r09.DecidingFeature!.Id);
    }

    [Fact]
    public void R09_AProposalReceivedEarlierAndStillPendingCountsAndIsNamedByItsDossier()
    {
        var pending = RegisterStanding.PendingProposal(new DateOnly(2026, 11, 2), "HS-2026-0051");
        var r09 = R09(new ToyPlan().WithSite("P-3", "MobiFone", 8000, 8200, standing: pending));
        Assert.Equal(RuleOutcome.Fail, r09.Outcome);
        Assert.Contains("vị trí đề nghị P-3 (MobiFone, cột A2b)", r09.MessageVi);
        Assert.Contains("hồ sơ HS-2026-0051 nhận trước, ngày 02/11/2026 (đang chờ thẩm định)", r09.MessageVi);
        Assert.Contains("hồ sơ nhận trước được xem xét trước", r09.MessageVi);
        Assert.Contains("dossier HS-2026-0051, received earlier, on 02/11/2026 (pending appraisal)", r09.MessageEn);
        Assert.DoesNotContain("PendingProposal", r09.MessageVi);
    }

    [Fact]
    public void R09_AnUnpermittedTowerStillStandsAndIsSaidToBeUnpermitted()
    {
        var r09 = R09(new ToyPlan().WithSite("U-1", "Vietnamobile", 8000, 8300, standing: RegisterStanding.Unpermitted));
        Assert.Equal(RuleOutcome.Fail, r09.Outcome);
        Assert.Contains("xây dựng không phép", r09.MessageVi);
        Assert.Contains("built without a permit", r09.MessageEn);
    }

    [Fact]
    public void R09_TheNearestStructureBeyondTheMinimumIsNamedWithItsStanding()
    {
        var pending = RegisterStanding.PendingProposal(new DateOnly(2026, 11, 2), "HS-9");
        var r09 = R09(new ToyPlan().WithSite("P-3", "VNPT", 8000, 8800, standing: pending), Proposal(8000, 8000, carrier: "VNPT"));
        Assert.Equal(RuleOutcome.Pass, r09.Outcome);
        Assert.Contains("P-3 (hồ sơ nhận ngày 02/11/2026, đang chờ thẩm định)", r09.MessageVi);
    }

    [Fact]
    public void R09_BeyondTheMinimum_AnotherCarriersPendingProposalIsNotNamed_TheNearestKnownStructureIs()
    {
        var pending = RegisterStanding.PendingProposal(new DateOnly(2026, 11, 2), "HS-9");
        var plan = new ToyPlan().WithSite("P-3", "VNPT", 8000, 8800, standing: pending).WithSite("S-1", "MobiFone", 8000, 10000);
        var r09 = R09(plan);
        Assert.Equal(RuleOutcome.Pass, r09.Outcome);
        Assert.Equal("S-1", r09.DecidingFeature!.Id);
        Assert.Equal(2000, r09.MeasuredValue);
        Assert.DoesNotContain("P-3", r09.MessageVi, StringComparison.Ordinal);
        // With nothing else within 5 km, none is named.
        var alone = R09(new ToyPlan().WithSite("P-3", "VNPT", 8000, 8800, standing: pending));
        Assert.Null(alone.DecidingFeature);
        Assert.DoesNotContain("P-3", alone.MessageEn, StringComparison.Ordinal);
        // Within the minimum it still decides, and is named (issue 11: first received, first served).
        var within = R09(new ToyPlan().WithSite("P-3", "VNPT", 8000, 8300, standing: pending));
        Assert.Equal(RuleOutcome.Fail, within.Outcome);
        Assert.Equal("P-3", within.DecidingFeature!.Id);
    }

    [Fact]
    public void R09_TheNearestStructureDecidesWhateverItsStanding()
    {
        // An approved structure 150 m away is nearer than a tower in operation 400 m away: the approval is the one named.
        var approved = RegisterStanding.ApprovedNotBuilt("7/STTTT-BCVT", new DateOnly(2026, 9, 1), "HS-1");
        var plan = new ToyPlan().WithSite("S-1", "VNPT", 8000, 8400).WithSite("A-1", "Viettel", 8000, 8150, standing: approved);
        var r09 = R09(plan);
        Assert.Equal("A-1", r09.DecidingFeature!.Id);
        Assert.Contains("7/STTTT-BCVT ngày 01/09/2026", r09.MessageVi);
    }

    [Fact]
    public void R09_AnotherCarriersPendingProposalIsNoSiteToShare_ItsOwnCarriersIs()
    {
        var pending = RegisterStanding.PendingProposal(new DateOnly(2026, 11, 2), "HS12");
        var plan = new ToyPlan().WithSite("HS12-1", "VNPT", 8000, 8800, standing: pending);
        // Viettel names VNPT's proposal 800 m away: answered word for word as a site that does not exist, nothing measured.
        var claimed = R09(plan, Proposal(8000, 8000, carrier: "Viettel", shares: "HS12-1"));
        var unknown = R09(plan, Proposal(8000, 8000, carrier: "Viettel", shares: "HS12-2"));
        Assert.Equal(RuleOutcome.Fail, claimed.Outcome);
        Assert.Equal(unknown.MessageVi.Replace("HS12-2", "HS12-1", StringComparison.Ordinal), claimed.MessageVi);
        Assert.Equal(unknown.MessageEn.Replace("HS12-2", "HS12-1", StringComparison.Ordinal), claimed.MessageEn);
        Assert.Null(claimed.MeasuredValue);
        Assert.Null(claimed.DecidingFeature);
        // VNPT names its own: the claim is checked against it (800 m: too far).
        var own = R09(plan, Proposal(8000, 8000, carrier: "VNPT", shares: "HS12-1"));
        Assert.Equal("HS12-1", own.DecidingFeature!.Id);
        Assert.Equal(800, own.MeasuredValue);
    }

    [Fact]
    public void Standing_OnlyBuiltStandingsStandOnTheGround()
    {
        Assert.True(RegisterStanding.InOperation.IsBuilt);
        Assert.True(RegisterStanding.ExistingBeforePlan.IsBuilt);
        Assert.True(RegisterStanding.Unpermitted.IsBuilt);
        Assert.False(RegisterStanding.ApprovedNotBuilt("1/X", new DateOnly(2026, 1, 1), "HS").IsBuilt);
        Assert.False(RegisterStanding.PendingProposal(new DateOnly(2026, 1, 1), "HS").IsBuilt);
    }
}
