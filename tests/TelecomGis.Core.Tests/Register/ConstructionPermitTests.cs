using NetTopologySuite.Geometries;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Register;
using TelecomGis.Core.Register.Permits;

namespace TelecomGis.Core.Tests.Register;

public sealed class ConstructionPermitTests
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 1, 3, 0, 0, TimeSpan.Zero);

    private static RegisteredStructure Standing(LifecycleStage stage, Approval? approval = null, PoleClass poleClass = PoleClass.A2b) =>
        new(
            new AntennaStructure(
                "S1",
                "Viettel",
                "VT-1",
                new GeometryFactory(new PrecisionModel(), 4326).CreatePoint(new Coordinate(107.1, 21.0)),
                poleClass,
                30,
                false,
                null,
                null,
                false,
                [],
                []
            ),
            stage,
            approval,
            T0,
            1
        );

    private static ConstructionPermit Exemption(string code, string citation, DateTimeOffset at, long id = 0) =>
        new(id, "S1", PermitKind.Exemption, null, null, null, code, citation, null, "u", at);

    [Theory]
    [InlineData(PoleClass.A1a, true)]
    [InlineData(PoleClass.A1b, true)]
    [InlineData(PoleClass.A2a, false)]
    [InlineData(PoleClass.A2b, false)]
    [InlineData(PoleClass.A2c, false)]
    public void TheNotBulkyExemption_CoversOnlyA1Poles_TheOthersEveryClass(PoleClass poleClass, bool covered)
    {
        Assert.Equal(covered, PermitExemptions.NotBulky.CoversClass(poleClass));
        Assert.True(PermitExemptions.PassiveInfrastructure.CoversClass(poleClass));
        Assert.True(PermitExemptions.OutsideUrbanInPlan.CoversClass(poleClass));
    }

    [Fact]
    public void KnownBasesAreFoundByCode_AnyCase_AndOtherIsNotAKnownBasis()
    {
        Assert.Same(PermitExemptions.NotBulky, PermitExemptions.Find(" TTLT15-5-2-B "));
        Assert.Null(PermitExemptions.Find(PermitExemptions.OtherCode));
        Assert.Null(PermitExemptions.Find(null));
        Assert.Equal(PermitExemptions.Known.Count, PermitExemptions.Known.Select(e => e.Code).Distinct().Count());
    }

    [Fact]
    public void TheLatestRecordIsInForce_AsOfAnyInstant()
    {
        var first = Exemption("other", "Quyết định số 02/2014/QĐ-UBND", T0, 1);
        var second = Exemption(
            PermitExemptions.PassiveInfrastructure.Code,
            PermitExemptions.PassiveInfrastructure.CitationVi,
            T0.AddDays(3),
            2
        );
        Assert.Same(second, ConstructionPermit.Latest([second, first])["S1"]);
        Assert.Same(first, ConstructionPermit.Latest([second, first], T0.AddDays(1))["S1"]);
        Assert.Empty(ConstructionPermit.Latest([second, first], T0.AddDays(-1)));
        Assert.Equal("Miễn giấy phép theo Quyết định số 02/2014/QĐ-UBND", first.Vi());
        Assert.Equal(
            "Miễn giấy phép theo điểm đ khoản 2 Điều 89 Luật Xây dựng số 50/2014/QH13, được sửa đổi, bổ sung bởi Luật số 62/2020/QH14 (công trình hạ tầng kỹ thuật viễn thông thụ động theo quy định của Chính phủ)",
            second.Vi()
        );
        Assert.StartsWith("Exempt from a construction permit under Construction Law 50/2014/QH13, Article 89(2)(đ)", second.En());
    }

    [Fact]
    public void AStructureLacksPapers_OnlyWhenStandingWithNeitherApprovalNorPermit()
    {
        var permit = Exemption("other", "x", T0);
        Assert.True(LegalStanding.LacksPapers(Standing(LifecycleStage.ExistingBeforePlan), null));
        Assert.True(LegalStanding.LacksPapers(Standing(LifecycleStage.Unpermitted), null));
        Assert.False(LegalStanding.LacksPapers(Standing(LifecycleStage.ExistingBeforePlan), permit));
        Assert.False(
            LegalStanding.LacksPapers(Standing(LifecycleStage.Built, new Approval("15/SKHCN-BCVT", new DateOnly(2026, 6, 2), 7, 1)), null)
        );
        // Not standing: a proposal or a dismantled structure is not the inspectors' concern here.
        Assert.False(LegalStanding.LacksPapers(Standing(LifecycleStage.Proposed), null));
        Assert.False(LegalStanding.LacksPapers(Standing(LifecycleStage.Dismantled), null));
    }
}
