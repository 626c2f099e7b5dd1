using Bogus;
using NetTopologySuite.Geometries;
using TelecomGis.Core.Infrastructure;
using TelecomGis.Core.Planning;

namespace TelecomGis.Generator;

/// <summary>Planned positions (synthetic): mostly in ward cores, where the plan requires them; some for one carrier, many shared.</summary>
public static class PlannedPositionLayer
{
    public const int Count = 320;

    // The class sets a planned position allows: towers on the ground outside towns, rooftop poles inside them.
    private static readonly string[] UrbanClasses = ["A1a|A1b", "A1a|A1b|A2a", "A1a|A2a"];
    private static readonly string[] RuralClasses = ["A1b|A2b", "A2b", "A1b|A2b|A2c"];

    public static IReadOnlyList<PlannedPosition> Build(GenerationContext ctx, IReadOnlyList<PlanZone> zones, Randomizer random)
    {
        var urban = zones.Where(z => z.Kind is "urban" or "urban_main_street").OrderBy(z => z.Id, StringComparer.Ordinal).ToList();
        var rural = ctx
            .Communes.Where(c => c.Commune.Kind != Core.Administration.AdministrativeUnitKind.Ward)
            .OrderBy(c => c.Commune.Code, StringComparer.Ordinal)
            .ToList();
        var result = new List<PlannedPosition>();
        for (var i = 1; i <= Count; i++)
        {
            var inUrban = random.Bool(0.8f);
            var area = inUrban ? random.ListItem(urban).Geometry : random.ListItem(rural).Commune.Boundary;
            var location = RandomPlaces.PointIn(random, area, c => ctx.ClearOfSeed(c, 1500));
            var carrier = random.Bool(0.45f) ? null : Carriers.All[RandomPlaces.Weighted(random, Carriers.Share)];
            var classes = inUrban ? random.ArrayElement(UrbanClasses) : random.ArrayElement(RuralClasses);
            double? maxHeight = inUrban
                ? random.ArrayElement(new double?[] { null, 15, 20, 25 })
                : random.ArrayElement(new double?[] { null, 45, 50 });
            result.Add(
                new PlannedPosition($"PP-{i:0000}", carrier, PoleClassSet.Parse(classes), maxHeight, new Point(location) { SRID = 4326 })
            );
        }
        return result;
    }
}
