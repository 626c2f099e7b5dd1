using Bogus;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;
using TelecomGis.Storage.Provinces;

namespace TelecomGis.Generator;

/// <summary>
/// The plan's zones (synthetic): Hạ Long Bay, heritage sites, 200 m around each commune's headquarters, main streets,
/// the built-up core of each ward, and the default rural zone that covers everything else.
/// </summary>
public static class ZoneLayer
{
    public const string DefaultZoneId = "Z-DEFAULT-RURAL";

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);
    private static readonly PoleClassSet A1 = PoleClassSet.Parse("A1a|A1b");
    private static readonly PoleClassSet Urban = PoleClassSet.Parse("A1a|A1b|A2a");

    /// <summary>A ward's built-up core: a circle round its centre, clipped to the ward. Large wards hold hills and forest outside it.</summary>
    public static Geometry UrbanCore(GenerationContext ctx, SourceCommune ward)
    {
        var equalAreaRadiusM = Math.Sqrt(ward.Commune.AreaKm2 * 1e6 / Math.PI);
        var radius = Math.Clamp(0.6 * equalAreaRadiusM, 900, 3000);
        return SourceCommunes.Clean(ctx.Frame.Circle(ward.Centre, radius, 12).Intersection(ward.Commune.Boundary));
    }

    public static IReadOnlyList<PlanZone> Build(GenerationContext ctx, Randomizer random)
    {
        var zones = new List<PlanZone>
        {
            new("Z-HALONG-BAY", "Vịnh Hạ Long – Bái Tử Long (khu du lịch)", "tourist", A1, 15, true, false, false, HaLongBay()),
            new(
                "Z-HER-YENTU",
                "Khu di tích danh thắng Yên Tử",
                "heritage",
                A1,
                15,
                true,
                false,
                false,
                SourceCommunes.Clean(ctx.Frame.Circle(new Coordinate(106.7203, 21.1556), 2500, 12))
            ),
            new(
                "Z-HER-BACHDANG",
                "Khu di tích lịch sử Bãi cọc Bạch Đằng",
                "heritage",
                A1,
                15,
                true,
                false,
                false,
                SourceCommunes.Clean(ctx.Frame.Circle(new Coordinate(106.7905, 20.9424), 1200, 12))
            ),
        };

        foreach (var c in ctx.Communes.OrderBy(c => c.Commune.Code, StringComparer.Ordinal))
        {
            zones.Add(
                new(
                    $"Z-HQ-{c.Commune.Code}",
                    $"Khu vực 200 m quanh trụ sở UBND {c.Commune.FullName}",
                    "headquarters",
                    A1,
                    20,
                    false,
                    false,
                    c.Commune.Kind.IsUrban(),
                    SourceCommunes.Clean(ctx.Frame.Circle(c.Centre, 200, 12))
                )
            );
        }

        var wards = ctx.Wards.OrderBy(w => w.Commune.Code, StringComparer.Ordinal).ToList();
        foreach (var w in wards)
        {
            zones.Add(
                new(
                    $"Z-URB-{w.Commune.Code}",
                    $"Khu vực đô thị {w.Commune.FullName}",
                    "urban",
                    Urban,
                    30,
                    false,
                    true,
                    true,
                    UrbanCore(ctx, w)
                )
            );
        }

        // Main streets: the most populous wards get one or two synthetic streets through their centre.
        var streetNo = 0;
        foreach (var w in wards.OrderByDescending(w => w.Commune.Population).ThenBy(w => w.Commune.Code, StringComparer.Ordinal).Take(10))
        {
            var streets = random.Number(1, 2);
            for (var s = 0; s < streets; s++)
            {
                var bearing = random.Double(0, 180);
                var half = random.Double(700, 1500);
                var a = ctx.Frame.Offset(w.Centre, half, bearing);
                var b = ctx.Frame.Offset(w.Centre, half, bearing + 180);
                var bend = ctx.Frame.Offset(w.Centre, random.Double(0, 120), bearing + 90);
                var line = Factory.CreateLineString([a, bend, b]);
                var corridor = ctx.Frame.Buffer(line, 25, 2).Intersection(w.Commune.Boundary);
                if (corridor.IsEmpty)
                    continue;
                streetNo++;
                zones.Add(
                    new(
                        $"Z-ST-{streetNo:00}",
                        $"Tuyến phố chính số {streetNo}, {w.Commune.FullName}",
                        "urban_main_street",
                        Urban,
                        30,
                        false,
                        true,
                        true,
                        SourceCommunes.Clean(corridor)
                    )
                );
            }
        }

        zones.Add(
            new(
                DefaultZoneId,
                "Khu vực nông thôn, ven biển và đất trống (mặc định)",
                "rural",
                PoleClassSet.Parse("A1a|A1b|A2a|A2b|A2c"),
                60,
                false,
                false,
                false,
                Factory.CreateGeometryCollection()
            )
        );
        return zones;
    }

    /// <summary>
    /// The bay's water south and east of Hạ Long and Cẩm Phả, drawn by hand from the coastline of the 2025 communes
    /// (no published UNESCO boundary was within reach; see SOURCES.md).
    /// </summary>
    private static Polygon HaLongBay() =>
        Factory.CreatePolygon([
            new(106.95, 20.75),
            new(107.45, 20.75),
            new(107.45, 20.98),
            new(107.36, 20.99),
            new(107.30, 20.985),
            new(107.22, 20.96),
            new(107.14, 20.935),
            new(107.09, 20.93),
            new(107.04, 20.925),
            new(106.99, 20.90),
            new(106.95, 20.86),
            new(106.95, 20.75),
        ]);
}
