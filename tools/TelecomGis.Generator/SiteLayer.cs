using Bogus;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;

namespace TelecomGis.Generator;

/// <summary>
/// Existing sites (synthetic): 1,400 positions, about 15 % of them shared between carriers (<see cref="Tenancy"/>, the published
/// figure), carrying about 2,900 BTS counted per carrier and technology, as Hải Dương's 2,952 BTS on 1,300 positions suggests.
/// Positions follow population, denser in ward cores; classes follow the zone.
/// </summary>
public static class SiteLayer
{
    public const int Positions = 1400;

    private static readonly (double Mhz, Technology Tech)[] Bands =
    [
        (900, Technology.G2),
        (900, Technology.G3),
        (1800, Technology.G2),
        (1800, Technology.G4),
        (2100, Technology.G3),
        (2100, Technology.G4),
        (2600, Technology.G4),
        (3500, Technology.G5),
    ];

    /// <param name="sharing">The stream that decides which carriers share each structure (<see cref="Tenancy"/>).</param>
    public static IReadOnlyList<Site> Build(GenerationContext ctx, IReadOnlyList<PlanZone> zones, Randomizer random, Randomizer sharing)
    {
        var cores = zones.Where(z => z.Kind == "urban").ToDictionary(z => z.Id[6..], z => z.Geometry);
        var bay = zones.First(z => z.Id == "Z-HALONG-BAY").Geometry;
        var communes = ctx.Communes.OrderBy(c => c.Commune.Code, StringComparer.Ordinal).ToList();
        // Coverage needs sites over area as well as capacity over people.
        var weights = communes.Select(c => c.Commune.Population + 150 * c.Commune.AreaKm2).ToList();

        var placedMetres = new List<Coordinate>();
        var counters = Carriers.All.ToDictionary(c => c, _ => 0);
        var sites = new List<Site>();
        while (sites.Count < Positions)
        {
            var commune = communes[RandomPlaces.Weighted(random, weights)];
            var inCore = cores.TryGetValue(commune.Commune.Code, out var core) && random.Bool(0.75f);
            var minGapM = inCore ? 80 : 250;
            var area = inCore ? core! : commune.Commune.Boundary;
            Coordinate location;
            try
            {
                location = RandomPlaces.PointIn(random, area, c => ctx.ClearOfSeed(c, SeedSite.SiteFreeRadiusM + 100));
            }
            catch (InvalidOperationException)
            {
                continue;
            }
            var m = ctx.Frame.ToMetres(location);
            if (placedMetres.Any(p => p.Distance(m) < minGapM))
                continue;
            placedMetres.Add(m);

            // The draws of the bundle's first sharing model (67.5 % shared), made and set aside: they keep every later position, class
            // and sector of this stream exactly as before, so the coverage figures built on them hold. Who shares the structure is
            // drawn from its own stream at the published share (Tenancy: about 15 %).
            var formerTenants = 1 + RandomPlaces.Weighted(random, [0.33, 0.32, 0.25, 0.10]);
            var owner = Carriers.All[RandomPlaces.Weighted(random, Carriers.Share)];
            _ = Carriers.All.Where(c => c != owner).OrderBy(_ => random.Double()).Take(formerTenants - 1).ToList();
            var guests = Tenancy.Guests(sharing, owner);
            var inBay = bay.Covers(new Point(location));
            var poleClass = PickClass(random, inCore, inBay);
            var height = Height(random, poleClass);
            var camouflaged = poleClass == PoleClass.A1b || inBay || random.Bool(0.05f);
            var buildingM = poleClass.IsOnBuilding() ? Math.Round(random.Double(9, 36), 1) : 0;
            var sectorCount = random.Number(1, 3);
            var start = random.Double(0, 120);
            var sectors = Enumerable
                .Range(0, sectorCount)
                .Select(i =>
                {
                    var band = inCore ? random.ArrayElement(Bands) : random.ArrayElement(Bands[..7]);
                    return new Sector(
                        Math.Round((start + i * 360.0 / sectorCount) % 360),
                        band.Mhz,
                        Math.Round(random.Double(55, 65), 1),
                        band.Tech,
                        Math.Round(buildingM + height - random.Double(0.5, 2), 1)
                    );
                })
                .ToList();
            counters[owner]++;
            sites.Add(
                new Site(
                    $"QN-S{sites.Count + 1:00000}",
                    owner,
                    Carriers.SiteCode(owner, counters[owner]),
                    new Point(location) { SRID = 4326 },
                    poleClass,
                    height,
                    camouflaged,
                    guests,
                    sectors
                )
            );
        }
        return sites;
    }

    /// <summary>A pole class as the province's mix has them (also drawn by the national-scale register).</summary>
    internal static PoleClass PickClass(Randomizer random, bool urban, bool inBay)
    {
        if (inBay)
            return PoleClass.A1b;
        return urban
            ? (PoleClass)new[] { 0, 2, 1, 3 }[RandomPlaces.Weighted(random, [0.35, 0.40, 0.18, 0.07])]
            : (PoleClass)new[] { 3, 4, 1, 2 }[RandomPlaces.Weighted(random, [0.75, 0.08, 0.10, 0.07])];
    }

    /// <summary>A height for the class, to the half metre.</summary>
    internal static double Height(Randomizer random, PoleClass c) =>
        Math.Round(
            c switch
            {
                PoleClass.A1a => random.Double(3, 6),
                PoleClass.A1b => random.Double(9, 18),
                PoleClass.A2a => random.Double(6, 15),
                PoleClass.A2b => random.Double(30, 57),
                _ => random.Double(18, 40),
            } * 2
        ) / 2;
}
