using TelecomGis.Core.Appraisal;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using static TelecomGis.Core.Tests.Appraisal.ToyPlan;

namespace TelecomGis.Core.Tests.Appraisal;

/// <summary>
/// APPRAISAL.md, "Beyond a verdict": for a failing site, the nearest point within 1 km where the same class and height would
/// conform, with its distance and bearing; and, for a reader outside the department, an answer that owes nothing to a military or
/// security area (<see cref="ConfidentialAreas"/>).
/// </summary>
public class WhereWouldItConformTests
{
    /// <summary>A tower 100 m north of a proposal inside the toy plan's military area R-MIL (x 5,000–6,000, y −1,000–0).</summary>
    private static ToyPlan CrowdedInsideTheMilitaryArea() => new ToyPlan().WithSite("S-1", "VNPT", 5500, -400);

    [Fact]
    public void OutsideTheDepartment_TheSearchReadsNoMilitaryArea_SoItsPointDistanceAndBearingSayNothingOfOne()
    {
        var site = Proposal(5500, -500);
        var withArea = CrowdedInsideTheMilitaryArea().Engine();
        var plan = CrowdedInsideTheMilitaryArea();
        plan.Areas.RemoveAll(a => a.IsConfidential);
        var withoutArea = plan.Engine();
        Assert.Equal(Verdict.DoesNotConform, withArea.Appraise(site).Verdict);

        // The department's search keeps clear of R-MIL: its nearest point lies beyond the area's edge, 525 m west, east or south.
        // Given to a carrier, that distance and bearing would be the distance to the area's edge, and probing around it its outline.
        var department = withArea.FindConformingAlternative(site);
        Assert.Equal(525, department.DistanceM!.Value, 1);

        var outside = withArea.FindConformingAlternative(site, confidentialAreasCount: false);
        var asIfNone = withoutArea.FindConformingAlternative(site);
        Assert.True(outside.Found);
        Assert.Equal(400.8, outside.DistanceM!.Value, 1);
        Assert.Equal(asIfNone.LonDeg, outside.LonDeg);
        Assert.Equal(asIfNone.LatDeg, outside.LatDeg);
        Assert.Equal(asIfNone.DistanceM, outside.DistanceM);
        Assert.Equal(asIfNone.BearingDeg, outside.BearingDeg);
        Assert.Equal(asIfNone.PlannedPositions, outside.PlannedPositions);
        Assert.Equal(asIfNone.SitesToShare, outside.SitesToShare);

        // Appraised itself, that point conforms but for the consultation, which any appraisal of it says.
        var moved = withArea.Appraise(site with { LonDeg = outside.LonDeg!.Value, LatDeg = outside.LatDeg!.Value });
        Assert.Equal(["R04"], moved.FailingRuleIds);
    }

    [Theory]
    [InlineData(8000, 8000, 8000, 8100)] // spacing: a tower 100 m north
    [InlineData(8000, 8000, 8300, 8300)] // spacing: a tower 424 m north-east
    [InlineData(-2100, 0, -1000, 9000)] // pole class: an A2b just inside the urban zone, which allows A1 and A2a only
    [InlineData(3950, 3000, -1000, 9000)] // pole class and camouflage: an A2b just inside the tourist zone's eastern edge
    [InlineData(6250, 4950, -1000, 9000)] // the heritage core's 100 m buffer
    public void ThePointFoundIsTheNearestOnThePlansGrid_AndConformsWhenAppraisedItself(double x, double y, double towerX, double towerY)
    {
        var engine = new ToyPlan().WithSite("S-1", "VNPT", towerX, towerY).Engine();
        var site = Proposal(x, y);
        Assert.Equal(Verdict.DoesNotConform, engine.Appraise(site).Verdict);

        var alternative = engine.FindConformingAlternative(site);
        Assert.True(alternative.Found);
        Assert.InRange(alternative.DistanceM!.Value, 0, 1000);
        var moved = site with { LonDeg = alternative.LonDeg!.Value, LatDeg = alternative.LatDeg!.Value };
        Assert.Equal(Verdict.Conforms, engine.Appraise(moved).Verdict);

        // No point of the plan's grid (WHERE.search_step, 25 m) nearer to the site conforms, judged by the whole engine.
        var origin = Frame.ToMetric(site.LonDeg, site.LatDeg);
        foreach (var (dx, dy) in AppraisalEngine.SearchOffsets(1000, 25))
        {
            if (Math.Sqrt(dx * dx + dy * dy) >= alternative.DistanceM.Value - 0.05)
                break;
            var (lon, lat) = Frame.ToWgs84(new NetTopologySuite.Geometries.Coordinate(origin.X + dx, origin.Y + dy));
            Assert.NotEqual(Verdict.Conforms, engine.Appraise(site with { LonDeg = lon, LatDeg = lat }).Verdict);
        }

        // The bearing is from true north, clockwise: the direction of the point as its own offsets give it, within the
        // meridian convergence of the toy plan's TM-3 frame (a fraction of a degree).
        var to = Frame.ToMetric(alternative.LonDeg.Value, alternative.LatDeg.Value);
        var grid = (Math.Atan2(to.X - origin.X, to.Y - origin.Y) * 180 / Math.PI + 360) % 360;
        var difference = Math.Abs((alternative.BearingDeg!.Value - grid + 540) % 360 - 180);
        Assert.InRange(difference, 0, 0.5);
    }

    [Theory]
    [InlineData("search_radius", 1000, true)]
    [InlineData("search_radius", 1000.5, false)] // "the nearest point within 1 km"
    [InlineData("search_radius", 5000, false)]
    [InlineData("search_step", 5, true)]
    [InlineData("search_step", 1, false)] // a grid of 1 m cells out to 1 km is three million candidates a site
    [InlineData("search_step", 0.01, false)] // at 1 cm the grid alone filled the memory
    public void ThePlanSearchesWithinTheSpecsKilometre_OnAGridNoFinerThan5m(string name, double value, bool accepted)
    {
        var problems = RuleTableLimits.Problems(
            new RuleTable([.. DefaultRules().Where(p => p.Key != $"WHERE.{name}"), new RuleParameter("WHERE", name, value, "m", "test")])
        );
        Assert.Equal(accepted, !problems.Any(p => p.En.Contains($"WHERE.{name}", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheSitesToShareAreStructures_NotAnotherCarriersProposalStillBeingAppraised()
    {
        var engine = new ToyPlan()
            .WithSite("S-1", "VNPT", 8000, 8100)
            .WithSite("HS7-1", "MobiFone", 8000, 8700, standing: RegisterStanding.PendingProposal(new DateOnly(2026, 11, 2), "HS7"))
            .WithSite(
                "S-APPROVED",
                "VNPT",
                8600,
                8000,
                standing: RegisterStanding.ApprovedNotBuilt("123/STTTT-BCVT", new DateOnly(2026, 10, 5), "HS2")
            )
            .Engine();
        var alternative = engine.FindConformingAlternative(Proposal(8000, 8000));
        Assert.Equal(["S-1", "S-APPROVED"], alternative.SitesToShare.Select(s => s.Feature.Id));
    }

    [Theory]
    [InlineData(Verdict.DoesNotConform, true)]
    [InlineData(Verdict.NeedsConsultation, false)]
    [InlineData(Verdict.Conforms, false)]
    public void OnlyAFailingSiteIsSearchedFor(Verdict verdict, bool searched) =>
        Assert.Equal(searched, ConformingAlternative.IsSoughtFor(verdict));
}
