using TelecomGis.Core.Appraisal.Conformity;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using static TelecomGis.Core.Tests.Appraisal.Conformity.ConformityCheckTests;

namespace TelecomGis.Core.Tests.Appraisal.Conformity;

/// <summary>What a new plan version changes in the register's conformity, and the list by rule and deadline.</summary>
public class ConformityImpactTests
{
    private static readonly Site Rural = Structure("RURAL", 8000, 8000, PoleClass.A2b, 50);
    private static readonly Site InTown = Structure("TOWN", -5000, 0, PoleClass.A2b, 25);
    private static readonly Site InBay = Structure("BAY", 3000, 3000, PoleClass.A1b, 12);
    private static readonly Site Rooftop = Structure("ROOF", -6000, 1000, PoleClass.A2a, 12);
    private static readonly IReadOnlyList<Site> Register = [Rural, InTown, InBay, Rooftop];

    [Fact]
    public void TheImpactListsEachStructureWhoseFailingRulesOrDeadlinesChange()
    {
        var before = Check(WithRoadmap(new ToyPlan())).CheckAll(Register);
        // The new version: rural towers capped at 45 m, the tourist zone's roadmap a year later, the town unchanged.
        var next = WithRoadmap(new ToyPlan(), camouflageYear: 2028);
        var rural = next.Zones.Single(z => z.Id == "Z-DEFAULT");
        next.Zones[next.Zones.IndexOf(rural)] = rural with { MaxHeightM = 45 };
        var after = Check(next).CheckAll(Register);

        var impact = ConformityImpact.Between("v1", before, "v2", after);
        Assert.Equal(4, impact.Compared);
        Assert.Equal(2, impact.NonconformingBefore); // the town tower (R05) and the uncamouflaged one in the bay (R06)
        Assert.Equal(3, impact.NonconformingAfter);
        var rural50 = Assert.Single(impact.Changes, c => c.SiteId == "RURAL");
        Assert.Equal(ConformityChangeKind.NowNonconforming, rural50.Kind);
        Assert.Equal(["R07"], rural50.RulesAfter);
        Assert.Equal(new DateOnly(2030, 12, 31), rural50.DeadlineAfter);
        var bay = Assert.Single(impact.Changes, c => c.SiteId == "BAY");
        Assert.Equal(ConformityChangeKind.DeadlineChanged, bay.Kind);
        Assert.Equal(new DateOnly(2027, 12, 31), bay.DeadlineBefore);
        Assert.Equal(new DateOnly(2028, 12, 31), bay.DeadlineAfter);
        Assert.DoesNotContain(impact.Changes, c => c.SiteId is "TOWN" or "ROOF");
        Assert.Equal(2, impact.Changes.Count);
    }

    [Fact]
    public void AStructureTheNewVersionNoLongerObjectsToIsListedAsNowConforming()
    {
        var before = Check(WithRoadmap(new ToyPlan())).CheckAll(Register);
        var next = WithRoadmap(new ToyPlan());
        next.Zones.RemoveAll(z => z.Id == "Z-TOURIST");
        var after = Check(next).CheckAll(Register);
        var change = Assert.Single(ConformityImpact.Between("v1", before, "v2", after).Changes);
        Assert.Equal(("BAY", ConformityChangeKind.NowConforming), (change.SiteId, change.Kind));
        Assert.Equal(["R06"], change.RulesBefore);
        Assert.Empty(change.RulesAfter);
    }

    [Fact]
    public void ADifferentSetOfRulesIsARulesChangeAndStructuresInOnlyOneVersionAreCounted()
    {
        var before = Check(WithRoadmap(new ToyPlan())).CheckAll(Register);
        var next = WithRoadmap(new ToyPlan());
        var town = next.Zones.Single(z => z.Id == "Z-URBAN");
        next.Zones[next.Zones.IndexOf(town)] = town with { MaxHeightM = 20 };
        var built = Structure("NEW", 8000, -8000);
        var after = Check(next).CheckAll([.. Register.Where(s => s.Id != "ROOF"), built]);
        var impact = ConformityImpact.Between("v1", before, "v2", after);
        var change = Assert.Single(impact.Changes);
        Assert.Equal(("TOWN", ConformityChangeKind.RulesChanged), (change.SiteId, change.Kind));
        Assert.Equal(["R05"], change.RulesBefore);
        Assert.Equal(["R05", "R07"], change.RulesAfter);
        Assert.Equal((1, 1, 3), (impact.OnlyBefore, impact.OnlyAfter, impact.Compared));
        Assert.Equal(1, impact.CountByKind[ConformityChangeKind.RulesChanged]);
    }

    [Fact]
    public void TheListGroupsByRuleAndDeadlineNearestFirstAndNamesTheOverdue()
    {
        var plan = WithRoadmap(new ToyPlan());
        var results = Check(plan)
            .CheckAll([
                Rural,
                InTown,
                InBay,
                Structure("TOWN-2", -4000, 0, PoleClass.A2b, 35),
                Structure("AIR", -500, -7000, PoleClass.A2b, 58),
            ]);
        var groups = NonconformingList.ByRuleAndDeadline(results);
        Assert.Equal(
            [
                ("R06", (DateOnly?)new DateOnly(2027, 12, 31), 1),
                ("R05", new DateOnly(2030, 12, 31), 2),
                ("R07", new DateOnly(2030, 12, 31), 1),
                ("R10", null, 1),
            ],
            groups.Select(g => (g.RuleId, g.Deadline?.Date, g.Structures.Count))
        );
        Assert.Equal(["TOWN", "TOWN-2"], groups[1].Structures.Select(s => s.SiteId));
        Assert.Equal(["BAY"], NonconformingList.Overdue(results, new DateOnly(2028, 1, 1)).Select(r => r.SiteId));
        Assert.Empty(NonconformingList.Overdue(results, new DateOnly(2027, 12, 31)));
    }
}
