using System.Globalization;
using Bogus;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;

namespace TelecomGis.Generator;

/// <summary>
/// A synthetic register of existing structures at national scale (issue 11: "generate builds a national-scale register"), all
/// placed in the plan's province so that every one is held against the plan: a load set for conformity, not a likeness of any
/// carrier's network. Positions follow population and area, most of each ward's share in its built-up core; classes and
/// heights as <see cref="SiteLayer"/> draws them; some pre-plan towers break today's zones (uncamouflaged in the bay, ground
/// towers in towns); sharing and technologies per <see cref="Tenancy"/>; standings, backup power and critical sites as below.
/// </summary>
public static class RegisterGenerator
{
    /// <summary>Standings of the register (synthetic weights): mostly in operation; pre-plan, approved and unpermitted ones a few percent.</summary>
    private static readonly (RegisterStatus Status, double Weight)[] Standings =
    [
        (RegisterStatus.InOperation, 0.88),
        (RegisterStatus.ExistingBeforePlan, 0.07),
        (RegisterStatus.ApprovedNotBuilt, 0.03),
        (RegisterStatus.Unpermitted, 0.02),
    ];

    public static IReadOnlyList<Site> Build(ProvincePlan plan, int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Randomizer(seed);
        var communes = plan.Communes.Where(c => c.Validity.To is null).OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        var weights = communes.Select(c => c.Population + 150 * c.AreaKm2).ToList();
        var cores = plan.Zones.Where(z => z.Kind == "urban").ToDictionary(z => z.Id[6..], z => z.Geometry);
        var bay = plan.Zones.FirstOrDefault(z => z.RequiresCamouflage && z.Kind == "tourist")?.Geometry;
        var bayLocator = bay is null ? null : new NetTopologySuite.Algorithm.Locate.IndexedPointInAreaLocator(bay);
        var numbers = Carriers.All.ToDictionary(c => c, _ => 0);
        var sites = new List<Site>(count);
        var letters = 0;
        while (sites.Count < count)
        {
            var commune = communes[RandomPlaces.Weighted(random, weights)];
            var inCore = cores.TryGetValue(commune.Code, out var core) && random.Bool(0.75f);
            var location = RandomPlaces.PointIn(random, inCore ? core! : commune.Boundary);
            var inBay = bayLocator?.Locate(location) == Location.Interior;
            // A pre-plan structure in the bay need not be the plan's A1b: some are the towers the roadmap must camouflage.
            var poleClass = inBay && random.Bool(0.8f) ? PoleClass.A1b : SiteLayer.PickClass(random, inCore, inBay: false);
            var height = SiteLayer.Height(random, poleClass);
            var camouflaged =
                poleClass == PoleClass.A1b ? random.Bool(0.9f)
                : inBay ? random.Bool(0.5f)
                : random.Bool(0.05f);
            var owner = Carriers.All[RandomPlaces.Weighted(random, Carriers.Share)];
            var guests = Tenancy.Guests(random, owner);
            var technologies = Tenancy.Technologies(random, inCore);
            var start = random.Double(0, 120);
            var sectors = technologies
                .Select(
                    (t, i) =>
                        new Sector(
                            Math.Round((start + i * 360.0 / technologies.Length) % 360),
                            Tenancy.BandMhz(random, t),
                            Math.Round(random.Double(55, 65), 1),
                            t
                        )
                )
                .ToList();
            var standing = Standings[RandomPlaces.Weighted(random, [.. Standings.Select(s => s.Weight)])].Status switch
            {
                RegisterStatus.ApprovedNotBuilt => RegisterStanding.ApprovedNotBuilt(
                    $"{++letters}/SKHCN-BCVT",
                    new DateOnly(2026, 1, 1).AddDays(random.Number(0, 330)),
                    $"HS-2026-{letters:00000}"
                ),
                RegisterStatus.ExistingBeforePlan => RegisterStanding.ExistingBeforePlan,
                RegisterStatus.Unpermitted => RegisterStanding.Unpermitted,
                _ => RegisterStanding.InOperation,
            };
            // Backup power (synthetic): ground towers hold batteries for 2–4 h, one in ten a generator for 8–24 h; rooftop equipment
            // 1–3 h. The department's critical sites (about 5 %) are the ones with a generator.
            var critical = random.Bool(0.05f);
            double backup =
                critical || (!poleClass.IsOnBuilding() && random.Bool(0.1f)) ? Math.Round(random.Double(8, 24))
                : poleClass.IsOnBuilding() ? Math.Round(random.Double(1, 3), 1)
                : Math.Round(random.Double(2, 4), 1);
            numbers[owner]++;
            sites.Add(
                new Site(
                    $"REG-{sites.Count + 1:000000}",
                    owner,
                    Carriers.SiteCode(owner, numbers[owner]),
                    new Point(location) { SRID = 4326 },
                    poleClass,
                    height,
                    camouflaged,
                    guests,
                    sectors
                )
                {
                    Standing = standing,
                    BuildingHeightM = poleClass.IsOnBuilding() ? Math.Round(random.Double(9, 36), 1) : null,
                    BackupPowerHours = backup,
                    CriticalSite = critical,
                }
            );
        }
        return sites;
    }

    /// <summary>Codes of the standings as the register file writes them.</summary>
    public static string Code(RegisterStatus s) =>
        s switch
        {
            RegisterStatus.InOperation => "in_operation",
            RegisterStatus.ExistingBeforePlan => "existing_before_plan",
            RegisterStatus.ApprovedNotBuilt => "approved_not_built",
            RegisterStatus.PendingProposal => "pending_proposal",
            _ => "unpermitted",
        };
}
