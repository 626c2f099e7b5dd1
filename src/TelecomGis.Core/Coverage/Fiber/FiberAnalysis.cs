using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Core.Coverage.Fiber;

/// <summary>
/// Fiber (COVERAGE.md): kilometres and routes per owner, laying and district; the communes whose headquarters lie farther than a
/// threshold (default 500 m) from every route; and the aerial length inside undergrounding zones per owner. All lengths and
/// distances are planar, in the province's TM-3 plane. Districts as in <see cref="Postal.PostalAnalysis"/>: the last units that
/// carried one (<see cref="DistrictUnits"/>).
/// </summary>
public static class FiberAnalysis
{
    public const double DefaultReachThresholdM = 500;

    /// <summary>The fiber figures, with reach measured for the communes valid on the index's day (<see cref="PlanIndex.CommunesValidOn"/>).</summary>
    public static FiberReport Run(PlanIndex index, IReadOnlyList<UndergroundingZone> zones, double reachThresholdM = DefaultReachThresholdM)
    {
        if (!double.IsFinite(reachThresholdM) || reachThresholdM <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(reachThresholdM), reachThresholdM, "The reach threshold is a distance above 0 m.");
        }

        var routes = index.FiberRoutes;

        var totals = routes
            .Features.GroupBy(r => (r.Item.Owner, r.Item.Laying))
            .Select(g => new FiberLength(g.Key.Owner, g.Key.Laying, null, g.Count(), g.Sum(r => r.Metric.Length) / 1000))
            .OrderBy(f => f.Owner, StringComparer.Ordinal)
            .ThenBy(f => f.Laying)
            .ToList();

        var byDistrict = ByDistrict(index, routes);

        var reach = new List<CommuneFiberReach>(index.Communes.Count);
        foreach (var hq in CommuneHeadquarters.Of(index))
        {
            var nearest = routes.NearestAnywhere(hq.MetricLocation, firstRadiusM: reachThresholdM);
            var distance = nearest?.DistanceM ?? double.PositiveInfinity;
            reach.Add(new CommuneFiberReach(hq, nearest?.Feature.Item.Id, distance, distance <= reachThresholdM));
        }

        var undergrounding = new List<AerialInUndergroundingZone>();
        foreach (var zone in zones)
        {
            var area = index.Frame.ToMetric(zone.Area);
            foreach (var r in routes.Features)
            {
                var (route, metric) = (r.Item, r.Metric);
                if (route.Laying != Laying.Aerial || !area.EnvelopeInternal.Intersects(metric.EnvelopeInternal))
                    continue;
                var inside = metric.Intersection(area).Length;
                if (inside > 0)
                    undergrounding.Add(new AerialInUndergroundingZone(route.Owner, route.Id, route.Name, zone.Id, zone.Name, inside));
            }
        }
        undergrounding.Sort((a, b) => b.LengthM.CompareTo(a.LengthM));
        return new FiberReport(totals, index.LastDistrictUnits?.On, byDistrict, reachThresholdM, reach, undergrounding);
    }

    /// <summary>The same for a plan not yet indexed: indexes it for <paramref name="communesOn"/>.</summary>
    public static FiberReport Run(
        ProvincePlan plan,
        IReadOnlyList<UndergroundingZone> zones,
        DateOnly communesOn,
        double reachThresholdM = DefaultReachThresholdM
    ) => Run(new PlanIndex(plan, communesOn), zones, reachThresholdM);

    private static List<FiberLength> ByDistrict(PlanIndex index, SpatialLayer<FiberRoute> routes)
    {
        if (index.LastDistrictUnits is null)
            return [];
        var communes = index.DistrictCommunes;
        var lengths = new Dictionary<(string Owner, Laying Laying, string District), (HashSet<string> Routes, double LengthM)>();
        foreach (var r in routes.Features)
        {
            var (route, metric) = (r.Item, r.Metric);
            foreach (var c in communes.Meeting(metric.EnvelopeInternal))
            {
                var inside = metric.Intersection(c.Metric).Length;
                if (inside <= 0)
                    continue;
                var key = (route.Owner, route.Laying, c.Item.DistrictName!);
                if (!lengths.TryGetValue(key, out var entry))
                    entry = (new HashSet<string>(StringComparer.Ordinal), 0);
                entry.Routes.Add(route.Id);
                lengths[key] = (entry.Routes, entry.LengthM + inside);
            }
        }
        return lengths
            .Select(kv => new FiberLength(kv.Key.Owner, kv.Key.Laying, kv.Key.District, kv.Value.Routes.Count, kv.Value.LengthM / 1000))
            .OrderBy(f => f.District, StringComparer.Ordinal)
            .ThenBy(f => f.Owner, StringComparer.Ordinal)
            .ThenBy(f => f.Laying)
            .ToList();
    }
}
