using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Core.Coverage.Fiber;

/// <summary>
/// Fiber (COVERAGE.md): kilometres and routes per owner, laying and district; the communes whose headquarters lie farther than a
/// threshold (default 500 m) from every route; and the aerial length inside undergrounding zones per owner. All lengths and
/// distances are planar, in the province's TM-3 plane. Districts as in <see cref="Postal.PostalAnalysis"/>: the last units that
/// carried one.
/// </summary>
public static class FiberAnalysis
{
    public const double DefaultReachThresholdM = 500;

    public static FiberReport Run(ProvincePlan plan, IReadOnlyList<UndergroundingZone> zones, DateOnly communesOn, double reachThresholdM = DefaultReachThresholdM)
    {
        var frame = new MetricFrame(plan.Province.Epsg);
        var routes = plan.FiberRoutes.Select(r => (Route: r, Metric: frame.ToMetric(r.Path))).ToList();

        var totals = routes.GroupBy(r => (r.Route.Owner, r.Route.Laying))
            .Select(g => new FiberLength(g.Key.Owner, g.Key.Laying, null, g.Count(), g.Sum(r => r.Metric.Length) / 1000))
            .OrderBy(f => f.Owner, StringComparer.Ordinal).ThenBy(f => f.Laying).ToList();

        var (districtsOn, byDistrict) = ByDistrict(plan, routes, frame);

        var routeLayer = new SpatialLayer<FiberRoute>(routes.Select(r => (r.Route, r.Metric)));
        var communes = plan.Communes.Where(c => c.Validity.Contains(communesOn)).ToList();
        var reach = new List<CommuneFiberReach>(communes.Count);
        foreach (var hq in CommuneHeadquarters.Of(communes, plan.Zones, frame))
        {
            var nearest = routeLayer.NearestAnywhere(hq.MetricLocation, firstRadiusM: reachThresholdM);
            var distance = nearest?.DistanceM ?? double.PositiveInfinity;
            reach.Add(new CommuneFiberReach(hq, nearest?.Feature.Item.Id, distance, distance <= reachThresholdM));
        }

        var undergrounding = new List<AerialInUndergroundingZone>();
        foreach (var zone in zones)
        {
            var area = frame.ToMetric(zone.Area);
            foreach (var (route, metric) in routes)
            {
                if (route.Laying != Laying.Aerial || !area.EnvelopeInternal.Intersects(metric.EnvelopeInternal)) continue;
                var inside = metric.Intersection(area).Length;
                if (inside > 0) undergrounding.Add(new AerialInUndergroundingZone(route.Owner, route.Id, route.Name, zone.Id, zone.Name, inside));
            }
        }
        undergrounding.Sort((a, b) => b.LengthM.CompareTo(a.LengthM));
        return new FiberReport(totals, districtsOn, byDistrict, reachThresholdM, reach, undergrounding);
    }

    private static (DateOnly? On, IReadOnlyList<FiberLength> Rows) ByDistrict(ProvincePlan plan, List<(FiberRoute Route, Geometry Metric)> routes, MetricFrame frame)
    {
        var withDistrict = plan.Communes.Where(c => c.DistrictName is not null).ToList();
        if (withDistrict.Count == 0) return (null, []);
        var on = withDistrict.Max(c => c.Validity.To ?? c.Validity.From);
        var tree = new STRtree<(Commune Commune, Geometry Metric)>();
        foreach (var c in withDistrict.Where(c => c.Validity.Contains(on)))
        {
            var metric = frame.ToMetric(c.Boundary);
            tree.Insert(metric.EnvelopeInternal, (c, metric));
        }
        tree.Build();
        var lengths = new Dictionary<(string Owner, Laying Laying, string District), (HashSet<string> Routes, double LengthM)>();
        foreach (var (route, metric) in routes)
        {
            foreach (var (commune, area) in tree.Query(metric.EnvelopeInternal))
            {
                var inside = metric.Intersection(area).Length;
                if (inside <= 0) continue;
                var key = (route.Owner, route.Laying, commune.DistrictName!);
                if (!lengths.TryGetValue(key, out var entry)) entry = (new HashSet<string>(StringComparer.Ordinal), 0);
                entry.Routes.Add(route.Id);
                lengths[key] = (entry.Routes, entry.LengthM + inside);
            }
        }
        var rows = lengths.Select(kv => new FiberLength(kv.Key.Owner, kv.Key.Laying, kv.Key.District, kv.Value.Routes.Count, kv.Value.LengthM / 1000))
            .OrderBy(f => f.District, StringComparer.Ordinal).ThenBy(f => f.Owner, StringComparer.Ordinal).ThenBy(f => f.Laying).ToList();
        return (on, rows);
    }
}
