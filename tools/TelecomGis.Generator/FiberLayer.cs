using Bogus;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Generator;

/// <summary>
/// Fiber routes (synthetic): each carrier's backbone along the coast road (QL18, Đông Triều – Móng Cái), inter-district
/// routes inland, and an access route to every commune centre.
/// </summary>
public static class FiberLayer
{
    private static readonly string[] CoastRoad =
    [
        "Đông Triều",
        "Mạo Khê",
        "Uông Bí",
        "Hà An",
        "Việt Hưng",
        "Bãi Cháy",
        "Hồng Gai",
        "Hà Tu",
        "Cẩm Phả",
        "Cửa Ông",
        "Mông Dương",
        "Tiên Yên",
        "Đầm Hà",
        "Quảng Hà",
        "Hải Ninh",
        "Móng Cái 2",
        "Móng Cái 1",
    ];

    private static readonly (string From, string To)[] Inland =
    [
        ("Tiên Yên", "Bình Liêu"),
        ("Tiên Yên", "Ba Chẽ"),
        ("Hoành Bồ", "Kỳ Thượng"),
        ("Quảng Hà", "Đường Hoa"),
        ("Cẩm Phả", "Vân Đồn"),
    ];

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static IReadOnlyList<FiberRoute> Build(GenerationContext ctx, Randomizer random)
    {
        var routes = new List<FiberRoute>();
        var owners = new[] { ("Viettel", "VT", Laying.Underground), ("VNPT", "VNPT", Laying.Aerial), ("MobiFone", "MBF", Laying.Aerial) };
        var backbones = new Dictionary<string, LineString>();
        foreach (var (owner, tag, laying) in owners)
        {
            var path = Wander(ctx, random, CoastRoad.Select(n => ctx.Named(n).Centre).ToList(), 400);
            backbones[owner] = path;
            routes.Add(new($"F-{tag}-BB-01", owner, $"Tuyến trục QL18 Đông Triều – Móng Cái ({owner})", laying, "backbone", path));
            var i = 0;
            foreach (var (from, to) in Inland)
            {
                if (owner == "MobiFone" && i % 2 == 1)
                {
                    i++;
                    continue;
                }
                i++;
                routes.Add(
                    new(
                        $"F-{tag}-ID-{i:00}",
                        owner,
                        $"Tuyến liên huyện {from} – {to} ({owner})",
                        Laying.Aerial,
                        "inter_district",
                        Wander(ctx, random, [ctx.Named(from).Centre, ctx.Named(to).Centre], 600)
                    )
                );
            }
            var n = 0;
            foreach (var c in ctx.Communes.OrderBy(c => c.Commune.Code, StringComparer.Ordinal))
            {
                if (owner == "MobiFone" && random.Bool(0.4f))
                    continue;
                var start = NearestVertex(backbones[owner], c.Centre);
                if (ctx.Frame.DistanceM(start, c.Centre) < 300)
                    continue;
                n++;
                var underground = c.Commune.Kind == AdministrativeUnitKind.Ward && random.Bool(0.5f);
                routes.Add(
                    new(
                        $"F-{tag}-AC-{n:000}",
                        owner,
                        $"Tuyến truy nhập {c.Commune.FullName} ({owner})",
                        underground ? Laying.Underground : Laying.Aerial,
                        "access",
                        Wander(ctx, random, [start, c.Centre], 150)
                    )
                );
            }
        }
        return routes;
    }

    /// <summary>A route through the given points with a bend between each pair, as roads follow valleys and coasts.</summary>
    private static LineString Wander(GenerationContext ctx, Randomizer random, List<Coordinate> through, double wobbleM)
    {
        var coords = new List<Coordinate> { through[0] };
        for (var i = 1; i < through.Count; i++)
        {
            var mid = new Coordinate((through[i - 1].X + through[i].X) / 2, (through[i - 1].Y + through[i].Y) / 2);
            coords.Add(ctx.Frame.Offset(mid, random.Double(0, wobbleM), random.Double(0, 360)));
            coords.Add(through[i]);
        }
        return Factory.CreateLineString([.. coords]);
    }

    private static Coordinate NearestVertex(LineString line, Coordinate to) => line.Coordinates.MinBy(c => c.Distance(to))!;
}
