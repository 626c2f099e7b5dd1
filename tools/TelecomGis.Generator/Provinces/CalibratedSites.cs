using Bogus;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Generator.Provinces;

/// <summary>
/// Existing structures (synthetic), exactly as many as the targets say, carrying exactly the target's BTS counted per technology:
/// each structure runs one to three of 2G, 3G and 4G (one sector per technology), drawn then evened out until the sum is met.
/// Placed by population and area, at least 100 m apart; owners by market share, one to two guests on a third of them.
/// </summary>
public static class CalibratedSites
{
    private static readonly (Technology Tech, double Mhz)[] Radios = [(Technology.G2, 900), (Technology.G3, 2100), (Technology.G4, 1800)];

    public static List<Site> Build(CalibratedTerritory t, CalibratedTargets targets, Randomizer random)
    {
        var weights = t.Communes.Select(c => c.Population + 150 * c.AreaKm2).ToList();
        var cells = new HashSet<(long, long)>();
        var counts = Enumerable.Range(0, targets.Structures).Select(_ => 1 + RandomPlaces.Weighted(random, [0.22, 0.29, 0.49])).ToArray();
        while (counts.Sum() > targets.Bts)
        {
            var i = random.Number(0, counts.Length - 1);
            counts[i] = Math.Max(1, counts[i] - 1);
        }
        while (counts.Sum() < targets.Bts)
        {
            var i = random.Number(0, counts.Length - 1);
            counts[i] = Math.Min(3, counts[i] + 1);
        }

        var perCarrier = Carriers.All.ToDictionary(c => c, _ => 0);
        var sites = new List<Site>(targets.Structures);
        foreach (var radios in counts)
        {
            var commune = RandomPlaces.Weighted(random, weights);
            var at = t.PointIn(random, commune, c => Free(t, cells, c));
            Occupy(t, cells, at);
            var owner = Carriers.All[RandomPlaces.Weighted(random, Carriers.Share)];
            var guests = random.Bool(0.33f)
                ? Carriers.All.Where(c => c != owner).OrderBy(_ => random.Double()).Take(random.Number(1, 2)).ToList()
                : [];
            var urban = t.Communes[commune].Kind.IsUrban();
            var poleClass = urban
                ? new[] { PoleClass.A2a, PoleClass.A1b, PoleClass.A2b }[RandomPlaces.Weighted(random, [0.4, 0.2, 0.4])]
                : new[] { PoleClass.A2b, PoleClass.A2c, PoleClass.A2a }[RandomPlaces.Weighted(random, [0.75, 0.15, 0.1])];
            var height =
                Math.Round(
                    poleClass switch
                    {
                        PoleClass.A1b => random.Double(9, 18),
                        PoleClass.A2a => random.Double(6, 15),
                        PoleClass.A2b => random.Double(30, 50),
                        _ => random.Double(18, 40),
                    } * 2
                ) / 2;
            var start = random.Double(0, 120);
            var chosen = radios == 3 ? Radios : [.. Radios.OrderBy(_ => random.Double()).Take(radios).OrderBy(r => r.Tech)];
            var sectors = chosen
                .Select(
                    (r, i) =>
                        new Sector(
                            Math.Round((start + i * 120.0) % 360),
                            r.Mhz,
                            Math.Round(random.Double(55, 65), 1),
                            r.Tech,
                            Math.Round(height - random.Double(0.5, 2), 1)
                        )
                )
                .ToList();
            perCarrier[owner]++;
            sites.Add(
                new Site(
                    $"{t.Prefix}-S{sites.Count + 1:00000}",
                    owner,
                    $"{t.Prefix}-{Carriers.SiteCode(owner, perCarrier[owner])}",
                    new Point(at) { SRID = 4326 },
                    poleClass,
                    height,
                    poleClass == PoleClass.A1b,
                    guests,
                    sectors
                )
            );
        }
        return sites;
    }

    private const double MinGapM = 100;

    private static (long, long) Cell(Coordinate m) => ((long)Math.Floor(m.X / MinGapM), (long)Math.Floor(m.Y / MinGapM));

    private static bool Free(CalibratedTerritory t, HashSet<(long, long)> cells, Coordinate c)
    {
        var (x, y) = Cell(t.Frame.ToMetric(c.X, c.Y));
        for (var dx = -1; dx <= 1; dx++)
        for (var dy = -1; dy <= 1; dy++)
            if (cells.Contains((x + dx, y + dy)))
                return false;
        return true;
    }

    private static void Occupy(CalibratedTerritory t, HashSet<(long, long)> cells, Coordinate c) =>
        cells.Add(Cell(t.Frame.ToMetric(c.X, c.Y)));
}
