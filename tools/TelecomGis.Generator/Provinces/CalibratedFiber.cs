using Bogus;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Generator.Provinces;

/// <summary>
/// Fiber routes (synthetic), exactly the target's number and kilometres: lengths drawn between 1 and 8 km and scaled to the total,
/// each route two legs with a bend, drawn in the province's TM-3 metres so that its length there is the drawn one; every vertex lies
/// in the territory (the middle one in a commune that alone holds it).
/// </summary>
public static class CalibratedFiber
{
    private static readonly (string Owner, string Tag)[] Owners = [("Viettel", "VT"), ("VNPT", "VNPT"), ("MobiFone", "MBF")];

    public static List<FiberRoute> Build(CalibratedTerritory t, CalibratedTargets targets, Randomizer random)
    {
        var lengths = Enumerable.Range(0, targets.FiberRoutes).Select(_ => random.Double(1, 8)).ToArray();
        var scale = targets.FiberKm * 1000 / lengths.Sum();
        var weights = t.Communes.Select(c => c.AreaKm2).ToList();
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        var routes = new List<FiberRoute>(lengths.Length);
        foreach (var raw in lengths)
        {
            var half = raw * scale / 2;
            Coordinate[] path;
            int commune;
            while (true)
            {
                commune = RandomPlaces.Weighted(random, weights);
                var centre = t.PointIn(random, commune);
                var mid = t.Frame.ToMetric(centre.X, centre.Y);
                var bearing = random.Double(0, 2 * Math.PI);
                var bend = random.Double(-0.45, 0.45);
                var a = new Coordinate(mid.X - half * Math.Sin(bearing), mid.Y - half * Math.Cos(bearing));
                var b = new Coordinate(mid.X + half * Math.Sin(bearing + bend), mid.Y + half * Math.Cos(bearing + bend));
                path = [.. new[] { a, mid, b }.Select(m => t.Frame.ToWgs84(m)).Select(w => new Coordinate(w.LonDeg, w.LatDeg))];
                if (t.CommuneAt(path[1]) == commune && t.CommuneAt(path[0]) >= 0 && t.CommuneAt(path[2]) >= 0)
                    break;
            }
            var (owner, tag) = Owners[RandomPlaces.Weighted(random, [0.4, 0.35, 0.25])];
            var access = random.Bool(0.85f);
            routes.Add(
                new FiberRoute(
                    $"{t.Prefix}-F-{tag}-{routes.Count + 1:00000}",
                    owner,
                    $"Tuyến cáp quang {(access ? "truy nhập" : "liên xã")} {t.Communes[commune].FullName} ({owner})",
                    random.Bool(0.75f) ? Laying.Aerial : Laying.Underground,
                    access ? "access" : "inter_district",
                    factory.CreateLineString(path)
                )
            );
        }
        return routes;
    }
}
