using Bogus;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Generator;

/// <summary>
/// Postal service points (synthetic): a post office and a cultural post office (BĐ-VHX) per 2025 commune, except one
/// commune that has no BĐ-VHX (Quảng Ninh's 2015 report counted one commune without), plus agents and kiosks.
/// </summary>
public static class PostalLayer
{
    public const string Operator = "Bưu điện tỉnh Quảng Ninh";

    public static IReadOnlyList<PostalServicePoint> Build(GenerationContext ctx, Randomizer random)
    {
        var communes = ctx.Communes.OrderBy(c => c.Commune.Code, StringComparer.Ordinal).ToList();
        var withoutCultural = random.ListItem(communes.Where(c => c.Commune.Kind == AdministrativeUnitKind.Commune).ToList()).Commune.Code;
        var result = new List<PostalServicePoint>();
        void Add(string name, PostalPointKind kind, string op, CommuneCentre c, Coordinate at) =>
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
}
