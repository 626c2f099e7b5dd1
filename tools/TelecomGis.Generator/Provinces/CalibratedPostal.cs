using Bogus;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Generator.Provinces;

/// <summary>
/// Postal service points (synthetic), exactly the target's number: a post office in every 2025 commune and a cultural post office
/// (BĐ-VHX) in every xã (Hải Dương's report: one in every rural commune), then more cultural post offices (three in five) and
/// agents, placed by area, each inside the commune it names.
/// </summary>
public static class CalibratedPostal
{
    public static List<PostalServicePoint> Build(CalibratedTerritory t, CalibratedTargets targets, string postOperator, Randomizer random)
    {
        var result = new List<PostalServicePoint>(targets.PostalPoints);
        void Add(int commune, string name, PostalPointKind kind, string op)
        {
            var c = t.Communes[commune];
            result.Add(
                new($"{t.Prefix}-PO-{result.Count + 1:0000}", name, kind, op, c.Code, new Point(t.PointIn(random, commune)) { SRID = 4326 })
            );
        }

        for (var i = 0; i < t.Communes.Count && result.Count < targets.PostalPoints; i++)
            Add(i, $"Bưu cục {t.Communes[i].Name}", PostalPointKind.PostOffice, postOperator);
        // Hải Dương's report: a cultural post office in every rural commune (xã); wards and special zones get them only by draw.
        var n = 0;
        for (var i = 0; i < t.Communes.Count && result.Count < targets.PostalPoints; i++)
        {
            if (t.Communes[i].Kind != AdministrativeUnitKind.Commune)
                continue;
            n++;
            Add(i, $"Điểm Bưu điện – Văn hóa xã {t.Communes[i].Name} {n}", PostalPointKind.CulturalPostOffice, postOperator);
        }
        var weights = t.Communes.Select(c => c.AreaKm2).ToList();
        while (result.Count < targets.PostalPoints)
        {
            var i = RandomPlaces.Weighted(random, weights);
            n++;
            if (random.Bool(0.6f))
                Add(i, $"Điểm Bưu điện – Văn hóa xã {t.Communes[i].Name} {n}", PostalPointKind.CulturalPostOffice, postOperator);
            else
                Add(
                    i,
                    $"Đại lý bưu điện {t.Communes[i].Name} {n}",
                    PostalPointKind.Agent,
                    random.Bool(0.7f) ? postOperator : "Viettel Post"
                );
        }
        return result;
    }
}
