using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Spatial;
using TelecomGis.Core.Tests.Appraisal;

namespace TelecomGis.Core.Tests.Spatial;

/// <summary>
/// Sites added to an index (a dossier's proposals after the register's structures, issue 14) give the same index as one built
/// from all of them, while the sites already indexed keep their projected geometry.
/// </summary>
public class PlanIndexSitesAddedTests
{
    private static Site Tower(string id, double x, double y) =>
        new(id, "Viettel", id, ToyPlan.Pt(x, y), PoleClass.A2b, 40, false, [], []) { Standing = RegisterStanding.InOperation };

    [Fact]
    public void AddedSitesGiveTheIndexBuiltFromAllOfThem_ReusingTheIndexedOnes()
    {
        var plan = new ToyPlan();
        var first = Enumerable.Range(0, 60).Select(i => Tower($"S{i}", -3000 + i * 97, (i % 7) * 113)).ToList();
        var added = Enumerable.Range(0, 25).Select(i => Tower($"P{i}", -2000 + i * 151, 500 - (i % 5) * 89)).ToList();
        var index = new PlanIndex(plan.Build(), new DateOnly(2026, 1, 1));
        var before = index.WithSites(first);

        var extended = before.WithSitesAdded(added);
        var whole = index.WithSites([.. first, .. added]);

        Assert.Equal(whole.Plan.Sites.Select(s => s.Id), extended.Plan.Sites.Select(s => s.Id));
        Assert.Equal(whole.Sites.Features.Select(f => f.Item.Id), extended.Sites.Features.Select(f => f.Item.Id));
        Assert.Equal(85, extended.SitesById.Count);
        Assert.Same(added[3], extended.SitesById["p3"]);
        // The register's sites are not projected again: the very features of the index extended.
        for (var i = 0; i < first.Count; i++)
            Assert.Same(before.Sites.Features[i], extended.Sites.Features[i]);
        // The same answers: the nearest site and the sites within a radius, from several points.
        foreach (var (x, y) in new[] { (0.0, 0.0), (-2500.0, 300.0), (1200.0, 450.0), (-1890.0, 500.0) })
        {
            var p = whole.Frame.ToMetric(ToyPlan.Pt(x, y)).Coordinate;
            Assert.Equal(whole.Sites.Nearest(p, 5000)?.Feature.Item.Id, extended.Sites.Nearest(p, 5000)?.Feature.Item.Id);
            var inWhole = new List<(IndexedFeature<Site> Feature, double DistanceM)>();
            var inExtended = new List<(IndexedFeature<Site> Feature, double DistanceM)>();
            whole.Sites.WithinDistance(p, 800, inWhole);
            extended.Sites.WithinDistance(p, 800, inExtended);
            Assert.Equal(inWhole.Select(w => (w.Feature.Item.Id, w.DistanceM)), inExtended.Select(w => (w.Feature.Item.Id, w.DistanceM)));
        }
        // The index extended is unchanged.
        Assert.Equal(60, before.Sites.Count);
        Assert.False(before.SitesById.ContainsKey("P0"));
    }

    [Fact]
    public void AnIdAlreadyIndexedIsRefused_AsABuildFromAllOfThemRefusesIt()
    {
        var index = new PlanIndex(new ToyPlan().Build(), new DateOnly(2026, 1, 1)).WithSites([Tower("S1", 0, 0)]);
        Assert.Throws<ArgumentException>(() => index.WithSitesAdded([Tower("s1", 100, 0)]));
    }
}
