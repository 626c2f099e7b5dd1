using TelecomGis.Storage.Bundle;
using static TelecomGis.Storage.Bundle.PlanBundleWriter;

namespace TelecomGis.Generator;

/// <summary>Undergrounding zones (synthetic): the centre of every ward, where aerial cable must go underground.</summary>
public static class UndergroundingLayer
{
    public static IReadOnlyList<LayerFeature> Build(GenerationContext ctx) =>
        ctx
            .Wards.Select(w =>
            {
                var id = $"UG-{w.Commune.Code}";
                var radius = Math.Clamp(Math.Sqrt(w.Commune.AreaKm2) * 120, 400, 1000);
                var area = SourceCommunes.Clean(ctx.Frame.Circle(w.Centre, radius, 12).Intersection(w.Commune.Boundary));
                return new LayerFeature(id, area, [P("id", id), P("name", $"Khu vực ngầm hóa trung tâm {w.Commune.FullName}")]);
            })
            .ToList();
}
