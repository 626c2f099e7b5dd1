using Bogus;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Administration;
using TelecomGis.Core.Infrastructure;

namespace TelecomGis.Generator;

/// <summary>Schools, kindergartens and hospitals (synthetic): a few per commune by population, near its centre, where people live.</summary>
public static class PublicPlaceLayer
{
    public static IReadOnlyList<SensitivePlace> Build(GenerationContext ctx, Randomizer random)
    {
        var result = new List<SensitivePlace>();
        void Add(string name, string kind, Coordinate at) =>
            result.Add(new SensitivePlace($"SP-{result.Count + 1:0000}", name, kind, new Point(at) { SRID = 4326 }));

        foreach (var c in ctx.Communes.OrderBy(c => c.Commune.Code, StringComparer.Ordinal))
        {
            var near = c.Commune.Kind == AdministrativeUnitKind.Ward ? 2000 : 5000;
            var area = c.Commune.Boundary;
            Coordinate Somewhere() => RandomPlaces.PointNear(random, ctx.Frame, area, c.Centre, near, p => ctx.ClearOfSeed(p, 1000));
            var n = c.Commune.FullName;
            var schools = 1 + (int)(c.Commune.Population / 12_000);
            for (var i = 1; i <= schools; i++)
            {
                Add(
                    random.ArrayElement(
                        new[]
                        {
                            $"Trường Tiểu học {c.Commune.Name} {i}",
                            $"Trường THCS {c.Commune.Name} {i}",
                            $"Trường THPT {c.Commune.Name} {i}",
                        }
                    ),
                    "school",
                    Somewhere()
                );
                Add($"Trường Mầm non {c.Commune.Name} {i}", "kindergarten", Somewhere());
            }
            Add($"Trạm Y tế {n}", "hospital", Somewhere());
            if (c.Commune.Population > 40_000)
                Add($"Bệnh viện Đa khoa khu vực {c.Commune.Name}", "hospital", Somewhere());
        }
        return result;
    }
}
