using NetTopologySuite.Features;
using TelecomGis.Core.Planning;
using TelecomGis.Core.Spatial;

namespace TelecomGis.Api.Layers;

/// <summary>
/// The footprints of each aerodrome's obstacle limitation surfaces (ICAO Annex 14, Vol. I, Table 4-1), as
/// <see cref="ObstacleLimitationSurfaces.Footprints"/> draws them from the plan's rule table (R10): the same shapes the aviation
/// rule measures against, built in the province's TM-3 plane (so the radii are true metres) and given here in WGS 84.
/// </summary>
public static class AerodromeSurfaceOutlines
{
    public static IReadOnlyList<IFeature> For(ProvincePlan plan)
    {
        if (plan.Airports.Count == 0)
            return [];
        var frame = new MetricFrame(plan.Province.Epsg);
        var surfaces = new ObstacleLimitationSurfaces(plan.Rules);
        var features = new List<IFeature>();
        foreach (var airport in plan.Airports)
        {
            foreach (var f in surfaces.Footprints(new AirportGeometry(airport, frame)))
            {
                var id = $"{airport.Icao}-{f.RunwayDesignator}-{f.Surface}";
                var table = new AttributesTable
                {
                    { "id", id },
                    { "airport", airport.Icao },
                    { "runway", f.RunwayDesignator },
                    { "surface", f.Surface },
                };
                features.Add(new Feature(frame.ToWgs84(f.Outline), table));
            }
        }
        return features;
    }
}
