using Bogus;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Storage.Provinces;

namespace TelecomGis.Generator;

/// <summary>
/// Postal service points (synthetic): a post office and a cultural post office (BĐ-VHX) per 2025 commune, except one
/// commune that has no BĐ-VHX (Quảng Ninh's 2015 report counted one commune without), plus agents and kiosks; and the cultural
/// post offices of the communes before the 2025 merger (<see cref="Build2009"/>).
/// </summary>
public static class PostalLayer
{
    public const string Operator = "Bưu điện tỉnh Quảng Ninh";

    public static IReadOnlyList<PostalServicePoint> Build(GenerationContext ctx, Randomizer random)
    {
        var communes = ctx.Communes.OrderBy(c => c.Commune.Code, StringComparer.Ordinal).ToList();
        var withoutCultural = random.ListItem(communes.Where(c => c.Commune.Kind == AdministrativeUnitKind.Commune).ToList()).Commune.Code;
        var result = new List<PostalServicePoint>();
        void Add(string name, PostalPointKind kind, string op, SourceCommune c, Coordinate at) =>
            result.Add(new($"PO-{result.Count + 1:0000}", name, kind, op, c.Commune.Code, new Point(at) { SRID = 4326 }));

        foreach (var c in communes)
        {
            Coordinate Near(double m) => RandomPlaces.PointNear(random, ctx.Frame, c.Commune.Boundary, c.Centre, m);
            Add($"Bưu cục {c.Commune.Name}", PostalPointKind.PostOffice, Operator, c, Near(600));
            if (c.Commune.Code != withoutCultural)
                Add($"Điểm Bưu điện – Văn hóa xã {c.Commune.Name}", PostalPointKind.CulturalPostOffice, Operator, c, Near(1500));
            var agents = random.Number(1, 4);
            for (var i = 1; i <= agents; i++)
            {
                Add(
                    $"Đại lý bưu điện {c.Commune.Name} {i}",
                    PostalPointKind.Agent,
                    random.Bool(0.7f) ? Operator : "Viettel Post",
                    c,
                    Near(4000)
                );
            }
            if (c.Commune.Kind == AdministrativeUnitKind.Ward)
            {
                for (var i = 1; i <= random.Number(0, 2); i++)
                    Add($"Ki-ốt bưu điện {c.Commune.Name} {i}", PostalPointKind.Kiosk, Operator, c, Near(1200));
            }
        }
        return result;
    }

    /// <summary>The commune of 2009 that had no cultural post office in 2015 (shared/spec/COVERAGE.md: Đại Thành, Tiên Yên).</summary>
    public const string Without2015 = "Đại Thành";

    /// <summary>
    /// The cultural post offices of the communes before the July 2025 merger, calibrated to Quảng Ninh's 2015 report, which counted
    /// 114 of its 115 rural communes (xã) with one, Đại Thành in Tiên Yên being the one without (shared/spec/COVERAGE.md): each
    /// 2009 xã that no 2025 BĐ-VHX (<paramref name="existing"/>) already lies in gets one, except Đại Thành. They stay after the
    /// merger, as the merged communes kept their former communes' points. Drawn from a stream of their own, so the other points keep
    /// their bytes.
    /// </summary>
    public static IReadOnlyList<PostalServicePoint> Build2009(
        IReadOnlyList<Commune> communes2009,
        DrawingFrame frame,
        IReadOnlyList<PostalServicePoint> existing,
        Randomizer random
    )
    {
        var cultural = existing.Where(p => p.Kind == PostalPointKind.CulturalPostOffice).ToList();
        var result = new List<PostalServicePoint>();
        foreach (var c in communes2009.Where(c => c.Kind == AdministrativeUnitKind.Commune).OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            if (c.Name == Without2015 || cultural.Any(p => c.Boundary.Covers(p.Location)))
                continue;
            var centre = c.Boundary.InteriorPoint.Coordinate;
            var at = RandomPlaces.PointNear(random, frame, c.Boundary, centre, 1500);
            result.Add(
                new(
                    $"PO-{existing.Count + result.Count + 1:0000}",
                    $"Điểm Bưu điện – Văn hóa xã {c.Name} ({c.DistrictName})",
                    PostalPointKind.CulturalPostOffice,
                    Operator,
                    c.Code,
                    new Point(at) { SRID = 4326 }
                )
            );
        }
        return result;
    }
}
