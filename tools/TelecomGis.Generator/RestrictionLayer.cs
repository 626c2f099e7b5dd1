using Bogus;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Planning;

namespace TelecomGis.Generator;

/// <summary>
/// Restricted areas (synthetic): military areas (consult; Law 25/2023/QH15 publishes no widths, so buffer 0), one security
/// area, and heritage cores where nothing may be built. Real military areas are not public; these are placeholders.
/// </summary>
public static class RestrictionLayer
{
    public const string MilitaryAuthority = "Bộ Chỉ huy Quân sự tỉnh Quảng Ninh";

    public static IReadOnlyList<RestrictedArea> Build(GenerationContext ctx, Randomizer random)
    {
        var areas = new List<RestrictedArea>
        {
            // Covers the seed site: the example's consultation comes from here.
            new(
                "R-MIL-01",
                "Khu vực quân sự Hải Hòa (Móng Cái)",
                "military",
                RestrictionEffect.Consult,
                0,
                MilitaryAuthority,
                Rectangle(ctx, ctx.Frame.Offset(SeedSite.Location, 180, 60), 900, 650, 20)
            ),
        };

        var rural = ctx
            .Communes.Where(c => c.Commune.Kind != Core.Administration.AdministrativeUnitKind.Ward)
            .OrderBy(c => c.Commune.Code, StringComparer.Ordinal)
            .ToList();
        for (var i = 2; i <= 9; i++)
        {
            var commune = random.ListItem(rural);
            var centre = RandomPlaces.PointIn(random, commune.Commune.Boundary, c => ctx.ClearOfSeed(c, 3000));
            areas.Add(
                new(
                    $"R-MIL-{i:00}",
                    $"Khu vực quân sự số {i} ({commune.Commune.Name})",
                    "military",
                    RestrictionEffect.Consult,
                    0,
                    MilitaryAuthority,
                    Rectangle(ctx, centre, random.Double(300, 1200), random.Double(250, 900), random.Double(0, 90))
                )
            );
        }

        var hq = ctx.Named("Hồng Gai");
        areas.Add(
            new(
                "R-SEC-01",
                "Khu vực bảo vệ an ninh trụ sở cơ quan tỉnh",
                "security",
                RestrictionEffect.Consult,
                0,
                "Công an tỉnh Quảng Ninh",
                Rectangle(ctx, ctx.Frame.Offset(hq.Centre, 450, 120), 250, 180, 15)
            )
        );

        areas.Add(
            new(
                "R-HER-YENTU",
                "Khu vực bảo vệ I – Chùa Đồng và quần thể Yên Tử",
                "heritage_core",
                RestrictionEffect.Prohibit,
                100,
                "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh",
                SourceCommunes.Clean(ctx.Frame.Circle(new Coordinate(106.7203, 21.1556), 600, 12))
            )
        );
        areas.Add(
            new(
                "R-HER-BACHDANG",
                "Khu vực bảo vệ I – Bãi cọc Bạch Đằng",
                "heritage_core",
                RestrictionEffect.Prohibit,
                100,
                "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh",
                SourceCommunes.Clean(ctx.Frame.Circle(new Coordinate(106.7905, 20.9424), 300, 12))
            )
        );
        return areas;
    }

    private static Geometry Rectangle(GenerationContext ctx, Coordinate centre, double widthM, double heightM, double rotationDeg)
    {
        var m = ctx.Frame.ToMetres(centre);
        var a = rotationDeg * Math.PI / 180;
        Coordinate Corner(double dx, double dy) =>
            new(m.X + dx * Math.Cos(a) - dy * Math.Sin(a), m.Y + dx * Math.Sin(a) + dy * Math.Cos(a));
        var (w, h) = (widthM / 2, heightM / 2);
        var ring = new[] { Corner(-w, -h), Corner(w, -h), Corner(w, h), Corner(-w, h), Corner(-w, -h) };
        return SourceCommunes.Clean(ctx.Frame.ToDegrees(new Polygon(new LinearRing(ring)) { SRID = 4326 }));
    }
}
