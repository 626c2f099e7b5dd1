using Bogus;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Generator;

/// <summary>
/// Who is on a structure and with what radio, calibrated to published Vietnamese figures (data/quang-ninh/SOURCES.md):
/// carriers share only about 15 % of antenna structures (Cục Viễn thông, as reported in "Thúc đẩy dùng chung hạ tầng viễn
/// thông": "các nhà mạng mới chỉ dùng chung khoảng 15% số cột ăng-ten, trạm thu phát sóng di động (BTS)"); and Hải Dương's
/// 2,952 BTS on about 1,300 positions (the seed reports) count one BTS per carrier and technology, about 2.27 a position,
/// so with 1.18 carriers a structure each carrier runs about two technologies on it.
/// </summary>
public static class Tenancy
{
    /// <summary>How many carriers a structure carries: one 85 %, two 12 %, three 3 % (15 % shared; mean 1.18).</summary>
    public static readonly IReadOnlyList<double> CarriersPerStructure = [0.85, 0.12, 0.03];

    /// <summary>The technology sets a carrier runs on one structure, with their weights (mean 1.95 technologies).</summary>
    private static readonly (Technology[] Set, double Weight)[] Deployments =
    [
        ([Technology.G4], 0.30),
        ([Technology.G2, Technology.G4], 0.33),
        ([Technology.G2, Technology.G3, Technology.G4], 0.18),
        ([Technology.G4, Technology.G5], 0.12),
        ([Technology.G2, Technology.G4, Technology.G5], 0.07),
    ];

    /// <summary>The band each technology is drawn on (MHz): 2G 900/1800, 3G 2100, 4G 1800/2100/2600, 5G 3500.</summary>
    public static double BandMhz(Randomizer random, Technology t) =>
        t switch
        {
            Technology.G2 => random.ArrayElement([900.0, 1800.0]),
            Technology.G3 => 2100,
            Technology.G4 => random.ArrayElement([1800.0, 2100.0, 2600.0]),
            _ => 3500,
        };

    /// <summary>The other carriers on a structure the owner holds, in <see cref="Carriers.All"/> order.</summary>
    public static List<string> Guests(Randomizer random, string owner)
    {
        var tenants = 1 + RandomPlaces.Weighted(random, CarriersPerStructure);
        var chosen = Carriers.All.Where(c => c != owner).OrderBy(_ => random.Double()).Take(tenants - 1).ToHashSet();
        return [.. Carriers.All.Where(chosen.Contains)];
    }

    /// <summary>The technologies one carrier runs on a structure; 5G only where <paramref name="urban"/> (5G rolls out in towns first).</summary>
    public static Technology[] Technologies(Randomizer random, bool urban)
    {
        var weights = Deployments.Select(d => urban || !d.Set.Contains(Technology.G5) ? d.Weight : 0).ToList();
        return Deployments[RandomPlaces.Weighted(random, weights)].Set;
    }
}
