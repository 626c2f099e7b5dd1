using TelecomGis.Core.Appraisal.Conformity;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Register;
using static TelecomGis.Core.Tests.Appraisal.Conformity.ConformityCheckTests;
using static TelecomGis.Core.Tests.Appraisal.ToyPlan;

namespace TelecomGis.Core.Tests.Appraisal.Conformity;

/// <summary>The register held against the plan, and the map's filters over it (issue 11, 3 and 8).</summary>
public class RegisterConformityTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);

    private static AntennaStructure Tower(string id, double x, double y, PoleClass poleClass, double heightM, string owner = "Viettel") =>
        new(
            id,
            owner,
            id,
            Pt(x, y),
            poleClass,
            heightM,
            false,
            null,
            null,
            false,
            owner == "Viettel" ? ["MobiFone"] : [],
            [new Installation(owner, Technology.G4, 3, [1800], [])]
        );

    private static RegisterEvent Event(long id, AntennaStructure s, LifecycleStage stage) =>
        new(id, s.Id, stage, Day.AddMinutes(id), "test", EventSource.Import, null, null, s);

    /// <summary>Rural and within height; a ground tower in town (R05); the same in town but dismantled; one only proposed.</summary>
    private static RegisterState Register() =>
        RegisterState.Fold([
            Event(1, Tower("OK", 8000, 8000, PoleClass.A2b, 40), LifecycleStage.ExistingBeforePlan),
            Event(2, Tower("TOWN", -5000, 0, PoleClass.A2b, 25, "VNPT"), LifecycleStage.Unpermitted),
            Event(3, Tower("GONE", -5000, 10, PoleClass.A2b, 25), LifecycleStage.InOperation),
            new RegisterEvent(4, "GONE", LifecycleStage.Dismantled, Day.AddHours(1), "test", EventSource.Inspection, null, null, null),
            Event(5, Tower("PLANNED", -5000, 20, PoleClass.A2b, 25), LifecycleStage.Proposed),
        ]);

    [Fact]
    public void OnlyStandingOrApprovedStructuresAreHeld_EachWithItsFailingRules()
    {
        var held = RegisterConformity.CheckAll(Check(WithRoadmap(new ToyPlan())), Register());
        Assert.Equal(["OK", "TOWN"], held.Select(h => h.Registered.Structure.Id));
        Assert.True(held[0].Conformity.Conforms);
        Assert.Equal(["R05"], held[1].Conformity.Failures.Select(f => f.RuleId));
        Assert.Equal(RelocateBy, held[1].Conformity.EarliestDeadline);
        Assert.Null(RegisterConformity.Check(Check(new ToyPlan()), Register().Find("PLANNED")!));
    }

    [Fact]
    public void TheFilterKeepsACarrierAsOwnerOrTenant_AStatus_AndConformity()
    {
        var register = Register();
        var check = Check(WithRoadmap(new ToyPlan()));
        var ok = register.Find("OK")!;
        var town = register.Find("TOWN")!;
        var okConformity = RegisterConformity.Check(check, ok);
        var townConformity = RegisterConformity.Check(check, town);

        Assert.True(new StructureFilter(Carrier: "mobifone").Matches(ok));
        Assert.False(new StructureFilter(Carrier: "MobiFone").Matches(town));
        Assert.True(new StructureFilter(Status: LifecycleStage.Unpermitted).Matches(town));
        Assert.False(new StructureFilter(Status: LifecycleStage.Unpermitted).Matches(ok));
        Assert.True(new StructureFilter(Conforming: false).Matches(town, townConformity));
        Assert.False(new StructureFilter(Conforming: false).Matches(ok, okConformity));
        Assert.True(new StructureFilter(Conforming: true).Matches(ok, okConformity));
        // Not held against the plan: neither conforming nor not.
        Assert.False(new StructureFilter(Conforming: true).Matches(register.Find("PLANNED")!, null));
        Assert.False(new StructureFilter(Conforming: false).Matches(register.Find("PLANNED")!, null));
        Assert.True(StructureFilter.All.Matches(register.Find("PLANNED")!));
    }

    [Fact]
    public void TheListByRule_OrdersByRuleThenDeadline_TheDefaultByDeadlineFirst()
    {
        var check = Check(WithRoadmap(new ToyPlan()));
        // R06 and R07 (camouflage by 2027, relocation by 2030), and R05 (relocation by 2030).
        var results = new[]
        {
            check.Check(Structure("TOURIST", 3000, 3000, PoleClass.A1b, 20)),
            check.Check(Structure("TOWN", -5000, 0, PoleClass.A2b, 25)),
        };
        Assert.Equal(["R06", "R05", "R07"], NonconformingList.ByRuleAndDeadline(results).Select(g => g.RuleId));
        Assert.Equal(["R05", "R06", "R07"], NonconformingList.ByRule(results).Select(g => g.RuleId));
    }
}
